// What the engine knows of an AWS service it serves: its official model, its operations, what its
// scheduler steps do, and the names of its errors. Each service folder (ecs/, later logs/, elbv2/, …)
// exports one of these; engine.ts routes calls to it and server.ts finds it by protocol.

import type { ApiModel, ValidationErrors } from '../protocol/api-model';
import type { Kind, SweepRule } from '../store/types';
import type { AwsError } from './aws-error';
import type { OpContext } from './context';

/** One API operation. Its input was already checked against the model (types, required members, enums, lengths). */
export type Handler = (ctx: OpContext, input: Record<string, unknown>) => unknown;

/** Declares an operation with the SDK's input and output types; the cast is safe because the model validated the input. */
export function operation<I, O>(fn: (ctx: OpContext, input: I) => O): Handler {
  return fn as unknown as Handler;
}

/** A scheduler step: what to do with a document of some kind when its `due` time comes. Runs in its own transaction. */
export type DueHandler = (ctx: OpContext, id: string) => void;

export interface ServiceErrors extends ValidationErrors {
  /** The operation is not in the model (e.g. ECS `UnknownOperationException`). */
  unknownOperation(message: string): AwsError;
  /** The operation is in the model but the engine does not implement it. */
  unsupported(message: string): AwsError;
  /** A bug in the engine (HTTP 500). */
  internal(message: string): AwsError;
}

export interface AwsService {
  /** Short name for logs and messages: `ecs`, `logs`, … */
  readonly name: string;
  readonly model: ApiModel;
  readonly operations: Readonly<Record<string, Handler>>;
  readonly errors: ServiceErrors;
  /** Scheduler steps for the document kinds this service owns. */
  readonly scheduler?: Readonly<Partial<Record<Kind, DueHandler>>>;
  /** Which of its documents are mid-transition and must have a due time (the engine's sweep wakes those without). */
  readonly sweep?: readonly SweepRule[];
  /**
   * Read-only operations whose answer depends only on the stored documents and the request (never on the clock),
   * so the HTTP front may answer them from its cache until the next write.
   */
  readonly cacheable?: ReadonlySet<string>;
}
