import type { ReactNode } from 'react';
import { FlashBar } from '@/components/shell/flash-bar';
import { KeyboardShortcuts } from '@/components/shell/keyboard-shortcuts';
import { SideNav } from '@/components/shell/side-nav';
import { TopBar } from '@/components/shell/top-bar';
import { requireViewer } from '@/lib/auth/viewer';
import { ViewerProvider } from '@/lib/auth/viewer-context';
import { describeTarget } from '@/lib/ecs/client';
import { FLASH_COOKIE, readFlash } from '@/lib/flash';
import { QueryProvider } from '@/lib/query/query-provider';

// The console shell: header with the live target, Region and who is signed in, left navigation, flash messages,
// then the page. A skip link, the first thing Tab reaches, jumps past the header and navigation to the page. Without a session (when sign-in is on) it sends the browser to the sign-in page; reads and
// changes check again on their own (lib/aws/clients.ts, validatedAction, the route-handler wrapper).
export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const viewer = await requireViewer();
  const [target, flash] = await Promise.all([describeTarget(), readFlash()]);
  return (
    <QueryProvider>
      <ViewerProvider viewer={viewer}>
        <div className="flex min-h-screen flex-col">
          <a
            href="#main-content"
            className="sr-only z-50 rounded-md bg-white px-4 py-2 font-semibold text-sky-800 focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:outline-2 focus:outline-sky-600"
          >
            Skip to main content
          </a>
          <TopBar target={target} viewer={viewer} />
          <KeyboardShortcuts />
          <div className="flex flex-1">
            <SideNav />
            <main id="main-content" tabIndex={-1} className="min-w-0 flex-1 px-4 py-5 focus:outline-none md:px-8">
              <FlashBar flash={flash} cookieName={FLASH_COOKIE} />
              {children}
            </main>
          </div>
        </div>
      </ViewerProvider>
    </QueryProvider>
  );
}
