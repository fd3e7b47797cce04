// An error an AWS API answers with: the exception name its clients map to a class, a message, an HTTP status.
// Each service narrows the names to its own (ecs/errors.ts); the protocol adapters put them on the wire.
export class AwsError extends Error {
  readonly type: string;
  readonly status: number;

  constructor(type: string, message: string, status = 400) {
    super(message);
    this.type = type;
    this.status = status;
  }
}
