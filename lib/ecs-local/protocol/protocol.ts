// What a protocol adapter does for the HTTP front (server.ts): tell whether a request speaks its protocol,
// find the service and operation it names, turn its body into an operation's input, and put answers and errors
// on the wire the way that protocol's clients parse them. AWS JSON is json.ts, Smithy RPC v2 CBOR (CloudWatch)
// cbor.ts, AWS Query (ELBv2, and CloudWatch for clients that speak Query) query.ts.
import type { IncomingHttpHeaders } from 'node:http';
import type { ApiModel } from './api-model';

/** An error as the wire carries it: the exception name clients map to a class, a message, an HTTP status. */
export interface ApiError {
  type: string;
  message: string;
  status: number;
}

/** What an adapter needs of a service (core/aws-service.ts has the whole of it). */
export interface ProtocolService {
  readonly name: string;
  readonly model: ApiModel;
  readonly errors: { serialization(message: string): Error };
}

export interface ProtocolRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
}

export interface Encoded {
  status: number;
  contentType: string;
  /** Text for JSON and XML; bytes for CBOR. */
  body: string | Uint8Array;
  headers?: Record<string, string>;
}

/** The service and operation a request names. No service: the request names one the engine does not serve. */
export interface Route<S extends ProtocolService> {
  service?: S;
  operation: string;
  /** What the request named, for the error that says the engine does not know it. */
  named: string;
}

export interface ProtocolAdapter<S extends ProtocolService = ProtocolService> {
  readonly name: string;
  matches(req: ProtocolRequest): boolean;
  /**
   * This protocol's own rules for a request it matched, checked before the body is decoded (e.g. AWS JSON's
   * content type; AWS Query's is form-urlencoded): the error to answer, or undefined. Rules of every protocol
   * (Host, Authorization, body size) are server.ts's.
   */
  check(req: ProtocolRequest): ApiError | undefined;
  route(req: ProtocolRequest, body: Buffer): Route<S>;
  /** The operation's input from the body; bad encodings throw the service's serialization error. */
  input(service: S, req: ProtocolRequest, body: Buffer): Record<string, unknown>;
  /** An operation's result as the body of a success answer (binary protocols: bytes as a latin1 string, so it can be cached). */
  encode(service: S, result: unknown, operation: string): string;
  /** The success answer around an encoded body (bodies may come from the response cache). */
  respond(service: S, body: string, operation: string): Encoded;
  encodeError(service: S | undefined, err: ApiError): Encoded;
}
