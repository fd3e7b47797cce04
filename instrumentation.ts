// Runs once when the Next server starts (after it listens): refuses to serve with settings that do not fit, or
// without sign-in on an address other machines can reach (lib/auth/startup-check.ts).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { consoleEnv } = await import('./lib/env');
  const { refuseToStartIfUnsafe } = await import('./lib/auth/startup-check');
  refuseToStartIfUnsafe(() => consoleEnv());
}
