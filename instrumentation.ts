// Runs once when the Next server starts (after it listens): refuses to serve with settings that do not fit, or
// without sign-in on an address other machines can reach (lib/auth/startup-check.ts).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { consoleEnv } = await import('./lib/env');
  const { listeningAddresses, startupProblems } = await import('./lib/auth/startup-check');
  let problems: string[];
  try {
    problems = startupProblems(consoleEnv(), listeningAddresses());
  } catch (err) {
    problems = [err instanceof Error ? err.message : String(err)];
  }
  if (problems.length === 0) return;
  for (const problem of problems) console.error(`\nThe ECS console cannot start: ${problem}`);
  process.exit(1);
}
