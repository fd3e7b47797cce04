// The operation table: one module per API operation, grouped by resource. Each handler receives input
// already checked against the API model (types, required members, enums, lengths) and runs in one transaction.
import type { OpContext } from '../context';

export type Handler = (ctx: OpContext, input: Record<string, unknown>) => unknown;

/** Declares an operation with the SDK's input and output types; the cast is safe because the model validated the input. */
export function operation<I, O>(fn: (ctx: OpContext, input: I) => O): Handler {
  return fn as unknown as Handler;
}
