// Sign-ins in the audit trail, next to the changes, so "who was in the console" and "what did they do" are one read.
import 'server-only';
import type { AuditOutcome } from '../audit/store';
import { auditLocation } from './guard';
import { securityState } from './security-state';

export async function recordSignIn(
  user: string,
  role: string,
  auth: 'password' | 'oidc',
  outcome: Extract<AuditOutcome, 'success' | 'refused'>,
  errorMessage?: string,
): Promise<void> {
  securityState().audit.record({
    user: user.slice(0, 256),
    role,
    auth,
    ...(await auditLocation()),
    action: 'signIn',
    resource: `console (${auth})`,
    request: '',
    input: '{}',
    decision: outcome === 'success' ? 'allowed' : 'refused',
    outcome,
    errorMessage,
  });
}
