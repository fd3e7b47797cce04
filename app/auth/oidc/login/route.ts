// Starts an OpenID Connect sign-in: redirects to the provider (PKCE, state, nonce; lib/auth/oidc.ts).
import { NextResponse } from 'next/server';
import { authorizationUrl } from '@/lib/auth/oidc';
import { requestOrigin } from '@/lib/auth/origin';
import { consoleEnv } from '@/lib/env';
import { paths, safeNextPath } from '@/lib/paths';

export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  // The browser's origin, not url.origin (see requestOrigin): the redirect URI and redirects must come back to it.
  const origin = await requestOrigin();
  if (consoleEnv().ECS_CONSOLE_AUTH !== 'oidc') return NextResponse.redirect(new URL(paths.signIn(), origin), 303);
  try {
    const target = await authorizationUrl(origin, safeNextPath(url.searchParams.get('next')));
    return NextResponse.redirect(target, 303);
  } catch (err) {
    console.error('[auth] OpenID Connect sign-in could not start:', err);
    const message =
      'The OpenID Connect provider could not be reached. Try again, or ask an admin to check ECS_CONSOLE_OIDC_ISSUER.';
    return NextResponse.redirect(new URL(`${paths.signIn()}?error=${encodeURIComponent(message)}`, origin), 303);
  }
}
