import type { ReactNode } from 'react';
import { FlashBar } from '@/components/shell/flash-bar';
import { SideNav } from '@/components/shell/side-nav';
import { TopBar } from '@/components/shell/top-bar';
import { describeTarget } from '@/lib/ecs/client';
import { FLASH_COOKIE, readFlash } from '@/lib/flash';
import { QueryProvider } from '@/lib/query/query-provider';

// The console shell: header with the live target and Region, left navigation, flash messages, then the page.
export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const [target, flash] = await Promise.all([describeTarget(), readFlash()]);
  return (
    <QueryProvider>
      <div className="flex min-h-screen flex-col">
        <TopBar target={target} />
        <div className="flex flex-1">
          <SideNav />
          <main className="min-w-0 flex-1 px-8 py-5">
            <FlashBar flash={flash} cookieName={FLASH_COOKIE} />
            {children}
          </main>
        </div>
      </div>
    </QueryProvider>
  );
}
