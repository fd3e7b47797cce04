'use client';
// Left navigation, highlighting the section the current URL is in.
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { paths } from '@/lib/paths';
import { cn } from '@/lib/utils';

const LINKS = [
  { href: paths.clusters(), label: 'Clusters' },
  { href: paths.taskDefinitions(), label: 'Task definitions' },
  { href: paths.dashboard(), label: 'Dashboard' },
  { href: paths.audit(), label: 'Audit trail' },
];

export function SideNav() {
  const pathname = usePathname();
  return (
    <nav
      aria-label="Amazon ECS"
      className="w-56 shrink-0 border-r border-zinc-200 bg-white px-3 py-5 dark:border-zinc-800 dark:bg-zinc-900"
    >
      <p className="px-3 pb-3 text-base font-bold">Amazon Elastic Container Service</p>
      <ul className="space-y-0.5">
        {LINKS.map((link) => {
          const active = pathname === link.href || pathname.startsWith(`${link.href}/`);
          return (
            <li key={link.href}>
              <Link
                href={link.href}
                aria-current={active ? 'page' : undefined}
                className={cn(
                  'block rounded-md px-3 py-1.5 text-sm',
                  active
                    ? 'font-bold text-sky-700 dark:text-sky-300'
                    : 'text-zinc-700 hover:text-sky-700 dark:text-zinc-300 dark:hover:text-sky-300',
                )}
              >
                {link.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
