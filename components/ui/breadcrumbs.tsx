// Breadcrumb trail ("Amazon ECS > Clusters > my-cluster"); the last item is the current page.
import Link from 'next/link';

export interface Crumb {
  label: string;
  href?: string;
}

export function Breadcrumbs({ items }: { items: readonly Crumb[] }) {
  return (
    <nav aria-label="Breadcrumbs" className="mb-3 text-sm">
      <ol className="flex flex-wrap items-center gap-1.5 text-zinc-600 dark:text-zinc-400">
        {items.map((item, i) => (
          <li key={`${item.label}-${i}`} className="flex items-center gap-1.5">
            {i > 0 && <span aria-hidden="true">›</span>}
            {item.href && i < items.length - 1 ? (
              <Link href={item.href} className="text-sky-700 hover:underline dark:text-sky-300">
                {item.label}
              </Link>
            ) : (
              <span aria-current={i === items.length - 1 ? 'page' : undefined}>{item.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
