// Skeleton in the shape of a console page: breadcrumbs, title, then a table panel.
export function PageSkeleton() {
  return (
    <div role="status" aria-busy="true" aria-label="Loading" className="animate-pulse space-y-4">
      <div className="h-4 w-48 rounded bg-zinc-200 dark:bg-zinc-800" />
      <div className="h-8 w-72 rounded bg-zinc-200 dark:bg-zinc-800" />
      <div className="space-y-3 rounded-2xl border border-zinc-200 bg-white p-5 dark:border-zinc-700 dark:bg-zinc-900">
        <div className="h-5 w-40 rounded bg-zinc-200 dark:bg-zinc-800" />
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} className="h-4 rounded bg-zinc-100 dark:bg-zinc-800" />
        ))}
      </div>
    </div>
  );
}
