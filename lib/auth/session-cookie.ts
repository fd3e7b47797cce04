// The session cookie: a JWT signed with HS256 by jose, holding only the session id and its expiry. http-only,
// SameSite=Lax (server actions are POSTs, which Lax never sends cross-site), Secure when the console is served
// over https, and scoped to the whole console. The row in the sessions table is what makes it valid; the
// signature keeps forged or edited cookies from ever reaching the database.
import 'server-only';
import { jwtVerify, SignJWT } from 'jose';
import { cookies, headers } from 'next/headers';
import { consoleEnv } from '../env';
import type { Role } from './roles';
import { securityState } from './security-state';
import type { SessionRecord } from './sessions';

export const SESSION_COOKIE = 'ecs-session';
const ISSUER = 'ecs-console';

function signingKey(): Uint8Array {
  const secret = consoleEnv().ECS_CONSOLE_SESSION_SECRET;
  return secret ? new TextEncoder().encode(secret) : securityState().sessions.signingKey();
}

/** Whether cookies get the Secure flag: the public URL is https, or the request came over https (a TLS proxy says so). */
export async function secureCookies(): Promise<boolean> {
  const publicUrl = consoleEnv().ECS_CONSOLE_PUBLIC_URL;
  if (publicUrl) return publicUrl.startsWith('https:');
  return (await headers()).get('x-forwarded-proto') === 'https';
}

/** Starts a session for `user` and sets its cookie. */
export async function startSession(user: string, role: Role, auth: SessionRecord['auth']): Promise<void> {
  const ttlMs = consoleEnv().ECS_CONSOLE_SESSION_HOURS * 3_600_000;
  const id = securityState().sessions.create(user, role, auth, ttlMs);
  const expires = new Date(Date.now() + ttlMs);
  const token = await new SignJWT({ sid: id })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setIssuedAt()
    .setExpirationTime(expires)
    .sign(signingKey());
  (await cookies()).set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: await secureCookies(),
    path: '/',
    expires,
  });
}

/** The session id in a cookie value, when its signature and expiry check out. */
async function sessionId(token: string | undefined): Promise<string | undefined> {
  if (!token) return undefined;
  try {
    const { payload } = await jwtVerify(token, signingKey(), { issuer: ISSUER, algorithms: ['HS256'] });
    return typeof payload.sid === 'string' ? payload.sid : undefined;
  } catch {
    return undefined;
  }
}

/** The live session of this request, if any. */
export async function currentSession(): Promise<SessionRecord | undefined> {
  const id = await sessionId((await cookies()).get(SESSION_COOKIE)?.value);
  return id ? securityState().sessions.lookup(id) : undefined;
}

/** Ends this request's session (the row and the cookie). */
export async function endSession(): Promise<void> {
  const jar = await cookies();
  const id = await sessionId(jar.get(SESSION_COOKIE)?.value);
  if (id) securityState().sessions.end(id);
  jar.delete(SESSION_COOKIE);
}
