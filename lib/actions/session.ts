'use server';
// Sign-in with a password and sign-out. The two actions that do not go through validatedAction: there is no signed-in
// user yet (or any more) to check a role against. Sign-in attempts, failed or not, still go to the audit trail.
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { securityState } from '../auth/security-state';
import { endSession, startSession } from '../auth/session-cookie';
import { recordSignIn } from '../auth/sign-in-audit';
import { SignInThrottle } from '../auth/sign-in-throttle';
import { PASSWORD_MAX } from '../auth/users';
import { consoleEnv } from '../env';
import { paths, safeNextPath } from '../paths';
import type { ActionState } from './action-state';
import { FormShapeError, formDataToObject } from './form-data';

const signInSchema = z.object({
  username: z.string().trim().min(1, 'Enter your user name.').max(64),
  password: z.string().min(1, 'Enter your password.').max(PASSWORD_MAX),
  next: z.string().max(2048).default(''),
});

const KEY = Symbol.for('ecs-console.sign-in-throttle');
const holder = globalThis as { [KEY]?: SignInThrottle };
holder[KEY] ??= new SignInThrottle();
const throttle: SignInThrottle = holder[KEY];

const REFUSED = 'The user name or password is not right.';

export async function signIn(_prev: ActionState, formData: FormData): Promise<ActionState> {
  if (consoleEnv().ECS_CONSOLE_AUTH !== 'password')
    return { status: 'error', message: 'Password sign-in is not enabled on this console (ECS_CONSOLE_AUTH).' };
  let parsed: ReturnType<typeof signInSchema.safeParse>;
  try {
    parsed = signInSchema.safeParse(formDataToObject(formData));
  } catch (err) {
    if (err instanceof FormShapeError) return { status: 'error', message: err.message };
    throw err;
  }
  if (!parsed.success) return { status: 'error', message: parsed.error.issues[0]?.message ?? REFUSED };
  const { username, password, next } = parsed.data;
  const values = { username, next };
  const wait = throttle.waitMs(username);
  if (wait > 0) {
    await recordSignIn(username, '', 'password', 'refused', 'Too many failed sign-ins');
    return { status: 'error', message: `Too many failed sign-ins. Try again in ${Math.ceil(wait / 1000)} seconds.`, values };
  }
  const user = await securityState().users.check(username, password);
  if (!user) {
    throttle.failed(username);
    await recordSignIn(username, '', 'password', 'refused', REFUSED);
    return { status: 'error', message: REFUSED, values };
  }
  throttle.succeeded(username);
  await startSession(user.name, user.role, 'password');
  await recordSignIn(user.name, user.role, 'password', 'success');
  redirect(safeNextPath(next));
}

export async function signOut(): Promise<void> {
  await endSession();
  redirect(consoleEnv().ECS_CONSOLE_AUTH === 'none' ? paths.clusters() : paths.signIn());
}
