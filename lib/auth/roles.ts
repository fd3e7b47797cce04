// Roles and what each may do. Pure and client-safe: the server enforces these (lib/auth/guard.ts) and the UI uses
// the same words to disable what a role cannot do.

export const ROLES = ['viewer', 'operator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** viewer reads; operator also runs and changes workloads; admin also deletes and changes cluster settings. */
const RANK: Record<Role, number> = { viewer: 0, operator: 1, admin: 2 };

export const ROLE_LABELS: Record<Role, string> = { viewer: 'Viewer', operator: 'Operator', admin: 'Admin' };

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function roleAllows(role: Role, required: Role): boolean {
  return RANK[role] >= RANK[required];
}

/** The highest of several roles (a user in several mapped groups). */
export function highestRole(roles: readonly Role[]): Role | undefined {
  return roles.reduce<Role | undefined>((best, r) => (best === undefined || RANK[r] > RANK[best] ? r : best), undefined);
}

/** Who is acting, as the UI sees it: no secrets, no session id. */
export interface Viewer {
  name: string;
  role: Role;
  /** How they signed in; `none` is the loopback-only console without sign-in. */
  auth: 'none' | 'password' | 'oidc';
  readOnly: boolean;
}

/** Why `viewer` may not do something that needs `required`, or undefined when it may. The words the UI and the server share. */
export function deniedReason(viewer: Pick<Viewer, 'role' | 'readOnly'>, required: Role): string | undefined {
  if (viewer.readOnly) return 'The console is in read-only mode (ECS_CONSOLE_READ_ONLY): every change is refused.';
  if (!roleAllows(viewer.role, required))
    return `Your role (${ROLE_LABELS[viewer.role]}) cannot do this: it needs the ${ROLE_LABELS[required]} role.`;
  return undefined;
}
