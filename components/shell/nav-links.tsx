'use client';
// The console's sections, shared by the side navigation (desktop) and the navigation drawer (phone), highlighting the
// section the current URL is in.
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

export function NavLinks({ onNavigate }: { onNavigate?: () => void }) {
  const pathname = usePathname();
  return (
    <ul className="space-y-0.5">
      {LINKS.map((link) => {
        const active = pathname === link.href || pathname.startsWith(`${link.href}/`);
        return (
          <li key={link.href}>
            <Link
              href={link.href}
              onClick={onNavigate}
              aria-current={active ? 'page' : undefined}
              className={cn(
                'block rounded-md px-3 py-2 text-sm focus-visible:outline-2 focus-visible:outline-sky-600',
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
  );
}
