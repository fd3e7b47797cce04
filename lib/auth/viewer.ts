// Who is making this request: the signed-in user of the session cookie, or, with ECS_CONSOLE_AUTH=none (allowed
// only on loopback, see lib/auth/startup-check.ts), the local user with the admin role. Read-only mode is part
// of the answer, so every check sees it.
import 'server-only';
import { redirect } from 'next/navigation';
import { consoleEnv } from '../env';
import { paths } from '../paths';
import type { Viewer } from './roles';
import { currentSession } from './session-cookie';

export const LOCAL_USER = 'local';

/** The current viewer, or undefined when sign-in is on and this request has no live session. */
export async function currentViewer(): Promise<Viewer | undefined> {
  const env = consoleEnv();
  const readOnly = env.ECS_CONSOLE_READ_ONLY;
  if (env.ECS_CONSOLE_AUTH === 'none') return { name: LOCAL_USER, role: 'admin', auth: 'none', readOnly };
  const session = await currentSession();
  return session && { name: session.user, role: session.role, auth: session.auth, readOnly };
}

/** The current viewer; a request without one is sent to the sign-in page. */
export async function requireViewer(): Promise<Viewer> {
  const viewer = await currentViewer();
  if (!viewer) redirect(paths.signIn());
  return viewer;
}
