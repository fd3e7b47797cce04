// The dark header bar: product name, the live target badge, the Region selector, who is signed in (role,
// read-only mode, sign out) and the theme toggle. Below 768 px it wraps onto two rows and the navigation moves into
// a drawer behind the menu button, so every control stays on screen from 360 px up.
import Link from 'next/link';
import type { Viewer } from '@/lib/auth/roles';
import { paths } from '@/lib/paths';
import { NavDrawer } from './nav-drawer';
import { RegionSelector } from './region-selector';
import { TargetBadge, type TargetBadgeView } from './target-badge';
import { ThemeToggle } from './theme-toggle';
import { UserMenu } from './user-menu';

export function TopBar({ target, viewer }: { target: TargetBadgeView; viewer: Viewer }) {
  return (
    <header className="flex min-h-12 flex-wrap items-center gap-x-4 gap-y-2 bg-zinc-900 px-4 py-2 text-zinc-100 dark:border-b dark:border-zinc-800 dark:bg-zinc-950">
      <div className="flex min-w-0 items-center gap-3">
        <NavDrawer />
        <Link
          href={paths.clusters()}
          className="flex shrink-0 items-center gap-2 rounded font-bold focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-400"
        >
          <span aria-hidden="true" className="grid size-7 place-items-center rounded bg-orange-500 text-xs text-zinc-950">
            ECS
          </span>
          <span>ECS Console</span>
        </Link>
        <TargetBadge target={target} />
      </div>
      <div className="flex min-w-0 flex-wrap items-center gap-3 md:ml-auto">
        <RegionSelector region={target.region} />
        <UserMenu viewer={viewer} />
        <ThemeToggle />
      </div>
    </header>
  );
}
