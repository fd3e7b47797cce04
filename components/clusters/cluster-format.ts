// How the clusters pages word counts and strategies, matching the AWS console.
export function tasksSummary(pending: number, running: number): string {
  if (pending === 0 && running === 0) return 'No tasks running';
  return `${pending} Pending | ${running} Running`;
}

export function strategySummary(providers: readonly string[]): string {
  if (providers.length === 0) return 'No default found';
  return providers.join(', ');
}
