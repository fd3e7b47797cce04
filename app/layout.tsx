import type { Metadata } from 'next';
import { cookies, headers } from 'next/headers';
import type { ReactNode } from 'react';
import { isTheme, SYSTEM_THEME_SCRIPT, THEME_COOKIE } from '@/components/shell/theme';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'ECS Console', template: '%s | ECS Console' },
  description: 'A web console for Amazon ECS with its own local ECS engine',
};

// The theme class is rendered on the server from the cookie, so there is no flash of the wrong theme.
export default async function RootLayout({ children }: { children: ReactNode }) {
  const theme = (await cookies()).get(THEME_COOKIE)?.value;
  // The per-request nonce of proxy.ts's Content-Security-Policy: an inline script runs only with it.
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  return (
    <html lang="en" className={theme === 'dark' ? 'dark' : undefined} suppressHydrationWarning>
      <head>
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: constant script, runs before paint */}
        {!isTheme(theme) && <script nonce={nonce} dangerouslySetInnerHTML={{ __html: SYSTEM_THEME_SCRIPT }} />}
      </head>
      <body className="min-h-screen bg-zinc-50 text-zinc-900 antialiased dark:bg-zinc-950 dark:text-zinc-100">{children}</body>
    </html>
  );
}
