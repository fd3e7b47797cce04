// The origin the browser reached this request on (lib/auth/hosts.ts `browserOrigin`), for the absolute URLs
// route handlers must redirect to: never `request.url`, whose host is the address `next start` listens on.
import 'server-only';
import { headers } from 'next/headers';
import { consoleEnv } from '../env';
import { browserOrigin } from './hosts';

export async function requestOrigin(): Promise<string> {
  const h = await headers();
  const env = consoleEnv();
  return browserOrigin(h.get('host'), h.get('x-forwarded-proto'), env.ECS_CONSOLE_PUBLIC_URL, env.ECS_CONSOLE_ALLOWED_HOSTS);
}
