// The OpenID Connect provider's redirect back: exchange the code, check the ID token, map the role, start a session.
import { NextResponse } from 'next/server';
import { completeSignIn, OidcSignInError } from '@/lib/auth/oidc';
import { requestOrigin } from '@/lib/auth/origin';
import { startSession } from '@/lib/auth/session-cookie';
import { recordSignIn } from '@/lib/auth/sign-in-audit';
import { consoleEnv } from '@/lib/env';
import { paths, safeNextPath } from '@/lib/paths';

export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  // The browser's origin, not url.origin (see requestOrigin): the session cookie belongs to the host it used.
  const origin = await requestOrigin();
  const back = (message: string) =>
    NextResponse.redirect(new URL(`${paths.signIn()}?error=${encodeURIComponent(message)}`, origin), 303);
  if (consoleEnv().ECS_CONSOLE_AUTH !== 'oidc') return back('OpenID Connect sign-in is not enabled on this console.');
  const providerError = url.searchParams.get('error');
  if (providerError)
    return back(`The provider refused the sign-in: ${url.searchParams.get('error_description') ?? providerError}`.slice(0, 300));
  try {
    const { user, role, next } = await completeSignIn(url, origin);
    await startSession(user, role, 'oidc');
    await recordSignIn(user, role, 'oidc', 'success');
    return NextResponse.redirect(new URL(safeNextPath(next), origin), 303);
  } catch (err) {
    const message = err instanceof OidcSignInError ? err.message : 'The sign-in could not be completed. Sign in again.';
    if (!(err instanceof OidcSignInError)) console.error('[auth] OpenID Connect callback failed:', err);
    await recordSignIn('(unknown)', '', 'oidc', 'refused', err instanceof Error ? `${err.name}: ${err.message}` : String(err));
    return back(message);
  }
}
