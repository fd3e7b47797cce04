// Sign-in through any OpenID Connect provider: the authorization code flow with PKCE, state and nonce, done by
// openid-client (discovery, the token request, ID token validation). The role comes from a claim
// (ECS_CONSOLE_OIDC_ROLE_CLAIM, `groups` by default) of the ID token or, when absent there, of userinfo, mapped
// by ECS_CONSOLE_OIDC_ROLES; the highest mapped role wins. Between the redirect to the provider and the callback,
// the PKCE verifier, state, nonce and where to go next travel in a short-lived cookie encrypted with jose.
import 'server-only';
import crypto from 'node:crypto';
import { EncryptJWT, jwtDecrypt } from 'jose';
import { cookies } from 'next/headers';
import * as oidc from 'openid-client';
import { type ConsoleEnv, consoleEnv } from '../env';
import { paths } from '../paths';
import { highestRole, isRole, type Role } from './roles';
import { securityState } from './security-state';
import { secureCookies } from './session-cookie';

const TRANSACTION_COOKIE = 'ecs-oidc';
const TRANSACTION_MINUTES = 10;

interface Transaction {
  verifier: string;
  state: string;
  nonce: string;
  next: string;
}

export class OidcSignInError extends Error {
  override name = 'OidcSignInError';
}

let discovered: { key: string; config: Promise<oidc.Configuration> } | undefined;

/** The provider's configuration, discovered once per issuer and client (a failed discovery is retried next time). */
function configuration(env: ConsoleEnv = consoleEnv()): Promise<oidc.Configuration> {
  const issuer = env.ECS_CONSOLE_OIDC_ISSUER;
  const clientId = env.ECS_CONSOLE_OIDC_CLIENT_ID;
  if (!issuer || !clientId)
    throw new OidcSignInError('OpenID Connect sign-in needs ECS_CONSOLE_OIDC_ISSUER and ECS_CONSOLE_OIDC_CLIENT_ID.');
  const key = `${issuer} ${clientId}`;
  if (discovered?.key !== key) {
    const url = new URL(issuer);
    // Plain http only for a provider on this machine (a test or development provider); never across a network.
    const insecure = url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
    const config = oidc.discovery(
      url,
      clientId,
      undefined,
      env.ECS_CONSOLE_OIDC_CLIENT_SECRET ? oidc.ClientSecretPost(env.ECS_CONSOLE_OIDC_CLIENT_SECRET) : oidc.None(),
      insecure ? { execute: [oidc.allowInsecureRequests] } : undefined,
    );
    config.catch(() => {
      if (discovered?.config === config) discovered = undefined;
    });
    discovered = { key, config };
  }
  return discovered.config;
}

function transactionKey(): Uint8Array {
  // A key of its own, derived from the session-signing key so it survives restarts like sessions do.
  const secret = consoleEnv().ECS_CONSOLE_SESSION_SECRET ?? Buffer.from(securityState().sessions.signingKey());
  return new Uint8Array(crypto.createHash('sha256').update('oidc-transaction').update(secret).digest());
}

/** The redirect URI registered with the provider, on the browser's origin (lib/auth/origin.ts: the public URL's when set). */
function redirectUri(origin: string): string {
  return new URL(paths.oidcCallback(), origin).toString();
}

/** Where to send the browser to sign in; sets the transaction cookie. */
export async function authorizationUrl(origin: string, next: string): Promise<URL> {
  const env = consoleEnv();
  const config = await configuration(env);
  const tx: Transaction = { verifier: oidc.randomPKCECodeVerifier(), state: oidc.randomState(), nonce: oidc.randomNonce(), next };
  const sealed = await new EncryptJWT({ ...tx })
    .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
    .setIssuedAt()
    .setExpirationTime(`${TRANSACTION_MINUTES}m`)
    .encrypt(transactionKey());
  (await cookies()).set(TRANSACTION_COOKIE, sealed, {
    httpOnly: true,
    // Lax: the provider's redirect back is a top-level GET navigation from another site, which Lax allows.
    sameSite: 'lax',
    secure: await secureCookies(),
    path: paths.oidcCallback(),
    maxAge: TRANSACTION_MINUTES * 60,
  });
  return oidc.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri(origin),
    scope: env.ECS_CONSOLE_OIDC_SCOPES,
    code_challenge: await oidc.calculatePKCECodeChallenge(tx.verifier),
    code_challenge_method: 'S256',
    state: tx.state,
    nonce: tx.nonce,
  });
}

/** The role of a user with these claims, or undefined when none of their groups is mapped and there is no default. */
export function roleFromClaims(claims: Record<string, unknown>, env: ConsoleEnv = consoleEnv()): Role | undefined {
  const raw = claims[env.ECS_CONSOLE_OIDC_ROLE_CLAIM];
  const groups = (Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(/[\s,]+/) : []).filter(
    (g): g is string => typeof g === 'string',
  );
  const mapped = groups.map((g) => env.ECS_CONSOLE_OIDC_ROLES[g]).filter(isRole);
  return highestRole(mapped) ?? env.ECS_CONSOLE_OIDC_DEFAULT_ROLE;
}

/** Completes the sign-in from the provider's redirect back: the user, their role and where to go next. */
export async function completeSignIn(callbackUrl: URL, origin: string): Promise<{ user: string; role: Role; next: string }> {
  const jar = await cookies();
  const sealed = jar.get(TRANSACTION_COOKIE)?.value;
  jar.delete({ name: TRANSACTION_COOKIE, path: paths.oidcCallback() });
  if (!sealed) throw new OidcSignInError('The sign-in took too long or was started in another browser. Sign in again.');
  let tx: Transaction;
  try {
    tx = (await jwtDecrypt(sealed, transactionKey())).payload as unknown as Transaction;
  } catch {
    throw new OidcSignInError('The sign-in took too long or was started in another browser. Sign in again.');
  }
  const env = consoleEnv();
  const config = await configuration(env);
  // The provider redirected to our public redirect URI; validate against that, not the internal URL we were reached on.
  const current = new URL(redirectUri(origin));
  current.search = callbackUrl.search;
  const tokens = await oidc.authorizationCodeGrant(config, current, {
    pkceCodeVerifier: tx.verifier,
    expectedState: tx.state,
    expectedNonce: tx.nonce,
    idTokenExpected: true,
  });
  const claims = tokens.claims();
  if (!claims) throw new OidcSignInError('The provider sent no ID token.');
  let all: Record<string, unknown> = claims;
  if (!(env.ECS_CONSOLE_OIDC_ROLE_CLAIM in claims))
    all = { ...(await oidc.fetchUserInfo(config, tokens.access_token, claims.sub)), ...claims };
  const user = String(all.preferred_username ?? all.email ?? claims.sub).slice(0, 256);
  const role = roleFromClaims(all, env);
  if (!role)
    throw new OidcSignInError(
      `${user} signed in, but none of their ${env.ECS_CONSOLE_OIDC_ROLE_CLAIM} is mapped to a console role. Ask an admin to add one to ECS_CONSOLE_OIDC_ROLES.`,
    );
  return { user, role, next: tx.next };
}
