// Liveness for start scripts and the test harness; says nothing about the ECS target.
export function GET() {
  return Response.json({ status: 'ok' });
}
