import type { Metadata } from 'next';
import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';
import { paths } from '@/lib/paths';

export const metadata: Metadata = { title: 'Page not found' };

// Any address outside the console's routes: a styled page in the console's look, with a way back (HTTP 404).
export default function RootNotFound() {
  return (
    <main id="main-content" className="grid min-h-screen place-items-center px-4">
      <div className="w-full max-w-lg rounded-2xl border border-zinc-200 bg-white p-8 shadow-sm dark:border-zinc-700 dark:bg-zinc-900">
        <p className="text-sm font-bold text-zinc-600 dark:text-zinc-400">Error 404</p>
        <h1 className="mt-1 text-2xl font-bold">Page not found</h1>
        <p className="mt-3 text-sm">
          There is nothing at this address in the ECS console. Check the address, or start again from a list.
        </p>
        <div className="mt-6 flex flex-wrap gap-2">
          <Link href={paths.clusters()} className={buttonClasses('primary')}>
            Go to Clusters
          </Link>
          <Link href={paths.taskDefinitions()} className={buttonClasses('normal')}>
            Task definitions
          </Link>
          <Link href={paths.dashboard()} className={buttonClasses('normal')}>
            Dashboard
          </Link>
        </div>
      </div>
    </main>
  );
}
