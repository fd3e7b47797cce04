// AWS error messages often name ARNs and account ids ("User: arn:aws:iam::123456789012:user/x is not authorized").
// Only admins see them; everyone else gets the message with those parts hidden. Pure.
import type { Role } from './roles';

const ARN = /\barn:aws[a-z-]*:[a-z0-9-]*:[a-z0-9-]*:\d{0,12}:[^\s"',;)]*/gi;
const ACCOUNT_ID = /\b\d{12}\b/g;

export function redactForRole(message: string, role: Role | undefined): string {
  if (role === 'admin') return message;
  return message.replace(ARN, '(ARN hidden)').replace(ACCOUNT_ID, '(account hidden)');
}
