// What the console refuses to start with: settings that do not fit together, and no sign-in (ECS_CONSOLE_AUTH=none)
// anywhere but on loopback. Checked by instrumentation.ts inside the Next server (against the addresses it really
// listens on) and by scripts/start.ts before it starts anything. Not server-only: scripts use it.
import net from 'node:net';
import { type ConsoleEnv, consoleSettingsProblems } from '../env';
import { isLoopbackName, splitHost } from './hosts';

function isLoopbackAddress(address: string): boolean {
  if (net.isIP(address) === 0) return isLoopbackName(address.toLowerCase());
  return /^127\./.test(address) || address === '::1' || address === '::ffff:127.0.0.1';
}

/** Everything wrong with starting the console with `env`, listening on `addresses`; empty when it may start. */
export function startupProblems(env: ConsoleEnv, addresses: readonly string[]): string[] {
  const problems = consoleSettingsProblems(env);
  if (env.ECS_CONSOLE_AUTH !== 'none') return problems;
  const howTo =
    'Turn sign-in on with ECS_CONSOLE_AUTH=password (then add users: npm run users -- add NAME --role admin) or ECS_CONSOLE_AUTH=oidc (docs/security.md), or listen on 127.0.0.1 only (HOSTNAME=127.0.0.1 npm start, or next start -H 127.0.0.1).';
  const exposed = addresses.filter((a) => !isLoopbackAddress(a));
  if (exposed.length > 0)
    problems.push(
      `The console has no sign-in (ECS_CONSOLE_AUTH=none), which is allowed only on a loopback address, but it listens on ${exposed.join(', ')}. ${howTo}`,
    );
  const remoteHosts = env.ECS_CONSOLE_ALLOWED_HOSTS.filter((h) => !isLoopbackName(splitHost(h).name));
  if (remoteHosts.length > 0)
    problems.push(
      `ECS_CONSOLE_ALLOWED_HOSTS (${remoteHosts.join(', ')}) lets other machines reach the console, but it has no sign-in (ECS_CONSOLE_AUTH=none). ${howTo}`,
    );
  return problems;
}

/** The addresses this process listens on (the Next server's sockets). */
export function listeningAddresses(): string[] {
  const active = (process as unknown as { _getActiveHandles?: () => unknown[] })._getActiveHandles?.() ?? [];
  return active
    .filter((h): h is net.Server => h instanceof net.Server && h.listening)
    .map((server) => {
      const address = server.address();
      return address && typeof address === 'object' ? address.address : String(address);
    });
}

/** Prints why and exits when the console must not start (called by instrumentation.ts in the Next server). */
export function refuseToStartIfUnsafe(env: () => ConsoleEnv): void {
  let problems: string[];
  try {
    problems = startupProblems(env(), listeningAddresses());
  } catch (err) {
    problems = [err instanceof Error ? err.message : String(err)];
  }
  if (problems.length === 0) return;
  for (const problem of problems) console.error(`\nThe ECS console cannot start: ${problem}`);
  process.exit(1);
}
