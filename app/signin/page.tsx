// The sign-in page (outside the console shell: no session is needed to see it). Password or OpenID Connect,
// whichever ECS_CONSOLE_AUTH says; with sign-in off it says so and links to the console.
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { PasswordSignInForm } from '@/components/auth/password-sign-in-form';
import { Alert } from '@/components/ui/alert';
import { ButtonLink, buttonClasses } from '@/components/ui/button';
import { currentViewer } from '@/lib/auth/viewer';
import { consoleEnv } from '@/lib/env';
import { paths, safeNextPath } from '@/lib/paths';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string; error?: string }> }) {
  const { next, error } = await searchParams;
  const auth = consoleEnv().ECS_CONSOLE_AUTH;
  const viewer = await currentViewer();
  if (viewer && auth !== 'none') redirect(safeNextPath(next));
  return (
    <main className="mx-auto mt-24 max-w-sm space-y-5 rounded-xl border border-zinc-300 bg-white p-8 shadow-sm dark:border-zinc-700 dark:bg-zinc-900">
      <div className="flex items-center gap-2 font-bold">
        <span aria-hidden="true" className="grid size-7 place-items-center rounded bg-orange-500 text-xs text-zinc-950">
          ECS
        </span>
        <h1 className="text-lg">Sign in to the ECS Console</h1>
      </div>
      {typeof error === 'string' && error && (
        <Alert type="error" title="Sign-in failed">
          {error.slice(0, 300)}
        </Alert>
      )}
      {auth === 'none' && (
        <>
          <p className="text-sm">Sign-in is off on this console: it answers only on this machine (loopback).</p>
          <ButtonLink variant="primary" href={paths.clusters()}>
            Open the console
          </ButtonLink>
        </>
      )}
      {auth === 'password' && <PasswordSignInForm next={safeNextPath(next)} />}
      {auth === 'oidc' && (
        // A plain link, not next/link: the route redirects to the provider, another origin, and a client-side
        // navigation would first fetch it as RSC (refused by the CSP's connect-src) before falling back to this.
        <a href={paths.oidcSignIn(safeNextPath(next))} className={buttonClasses('primary', 'w-full')}>
          Sign in with your identity provider
        </a>
      )}
    </main>
  );
}
