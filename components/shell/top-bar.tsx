// The dark header bar: product name, the live target badge, the Region selector, who is signed in (role,
// read-only mode, sign out) and the theme toggle.
import Link from 'next/link';
import type { Viewer } from '@/lib/auth/roles';
import { paths } from '@/lib/paths';
import { RegionSelector } from './region-selector';
import { TargetBadge, type TargetBadgeView } from './target-badge';
import { ThemeToggle } from './theme-toggle';
import { UserMenu } from './user-menu';

export function TopBar({ target, viewer }: { target: TargetBadgeView; viewer: Viewer }) {
  return (
    <header className="flex h-12 items-center gap-4 bg-zinc-900 px-4 text-zinc-100 dark:border-b dark:border-zinc-800 dark:bg-zinc-950">
      <Link href={paths.clusters()} className="flex items-center gap-2 font-bold">
        <span aria-hidden="true" className="grid size-7 place-items-center rounded bg-orange-500 text-xs text-zinc-950">
          ECS
        </span>
        <span>ECS Console</span>
      </Link>
      <TargetBadge target={target} />
      <div className="ml-auto flex items-center gap-3">
        <RegionSelector region={target.region} />
        <UserMenu viewer={viewer} />
        <ThemeToggle />
      </div>
    </header>
  );
}
