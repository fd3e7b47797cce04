// Next 16's proxy (formerly middleware): runs before every request. It refuses a Host that is neither loopback
// nor in ECS_CONSOLE_ALLOWED_HOSTS (DNS rebinding), and gives each response a Content-Security-Policy with a
// fresh nonce (Next reads it from the request header and puts it on its own scripts). Sign-in and roles are not
// checked here: pages, server actions and route handlers check them on the server themselves (lib/auth).
import { type NextRequest, NextResponse } from 'next/server';
import { contentSecurityPolicy } from './lib/auth/csp';
import { isAllowedHost } from './lib/auth/hosts';
import { consoleEnv } from './lib/env';

export function proxy(request: NextRequest): NextResponse {
  const host = request.headers.get('host');
  if (!isAllowedHost(host, consoleEnv().ECS_CONSOLE_ALLOWED_HOSTS))
    return new NextResponse(
      `This console does not answer for the host ${JSON.stringify(host ?? '')}. To reach it by that name (a server or a reverse proxy), add it to ECS_CONSOLE_ALLOWED_HOSTS.\n`,
      { status: 421, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } },
    );
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === 'development');
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('content-security-policy', csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  return response;
}
