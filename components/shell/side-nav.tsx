// Left navigation on screens from 768 px; below that the same links live in the header's navigation drawer.
import { NavLinks } from './nav-links';

export function SideNav() {
  return (
    <nav
      aria-label="Amazon ECS"
      className="hidden w-56 shrink-0 border-r border-zinc-200 bg-white px-3 py-5 md:block dark:border-zinc-800 dark:bg-zinc-900"
    >
      <p className="px-3 pb-3 text-base font-bold">Amazon Elastic Container Service</p>
      <NavLinks />
    </nav>
  );
}
