// Starts an OpenID Connect sign-in: redirects to the provider (PKCE, state, nonce; lib/auth/oidc.ts).
import { NextResponse } from 'next/server';
import { authorizationUrl } from '@/lib/auth/oidc';
import { consoleEnv } from '@/lib/env';
import { paths, safeNextPath } from '@/lib/paths';

export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  if (consoleEnv().ECS_CONSOLE_AUTH !== 'oidc') return NextResponse.redirect(new URL(paths.signIn(), url.origin), 303);
  try {
    const target = await authorizationUrl(url.origin, safeNextPath(url.searchParams.get('next')));
    return NextResponse.redirect(target, 303);
  } catch (err) {
    console.error('[auth] OpenID Connect sign-in could not start:', err);
    const message =
      'The OpenID Connect provider could not be reached. Try again, or ask an admin to check ECS_CONSOLE_OIDC_ISSUER.';
    return NextResponse.redirect(new URL(`${paths.signIn()}?error=${encodeURIComponent(message)}`, url.origin), 303);
  }
}
