// The HTTP front of the engine: one port for every AWS service it serves. Each request is matched to a protocol
// adapter (protocol/), which names the service and operation and decodes the input; the engine runs it; the
// adapter puts the answer or the error on the wire as that protocol's clients expect.
import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { AwsError } from './core/aws-error';
import type { AwsService } from './core/aws-service';
import { DEFAULT_REGION } from './core/context';
import { log } from './core/log';
import { ecs } from './ecs';
import type { Engine } from './engine';
import { JsonProtocol } from './protocol/json';
import type { Encoded, ProtocolAdapter } from './protocol/protocol';

const MAX_BODY_BYTES = 1024 * 1024;

/** The region of a SigV4 request: `Credential=<key>/<date>/<region>/<service>/aws4_request`. Unsigned requests get the default. */
export function regionFromAuthorization(header: string | undefined): string {
  const m = header ? /Credential=[^/]+\/\d{8}\/([a-z0-9-]{1,32})\//.exec(header) : null;
  return m ? m[1] : DEFAULT_REGION;
}

function send(res: http.ServerResponse, encoded: Encoded, requestId: string): void {
  res.writeHead(encoded.status, {
    ...encoded.headers,
    'Content-Type': encoded.contentType,
    'Content-Length': Buffer.byteLength(encoded.body),
    'x-amzn-RequestId': requestId,
  });
  res.end(encoded.body);
}

interface Outcome {
  encoded: Encoded;
  operation: string;
}

/** Routes one request to its service and runs it; every failure becomes the protocol's error answer. */
function answer(
  engine: Engine,
  protocols: readonly ProtocolAdapter<AwsService>[],
  req: http.IncomingMessage,
  body: Buffer,
): Outcome {
  const request = { method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers };
  // Requests no adapter claims are answered as ECS would answer them: ECS is the engine's first service.
  const protocol = protocols.find((p) => p.matches(request)) ?? protocols[0];
  let service: AwsService | undefined;
  let operation = '?';
  try {
    if (request.method !== 'POST' || !protocol.matches(request))
      throw ecs.errors.unknownOperation('Send ECS API calls as POST / with an X-Amz-Target header.');
    const route = protocol.route(request, body);
    operation = route.operation;
    service = route.service;
    if (!service)
      throw ecs.errors.unknownOperation(`Unknown ${route.named}. This engine serves ${[...engine.services.keys()].join(', ')}.`);
    if (body.length > MAX_BODY_BYTES) throw service.errors.invalid(`The request body is larger than ${MAX_BODY_BYTES} bytes.`);
    const region = regionFromAuthorization(req.headers.authorization);
    const found = service;
    const input = protocol.input(found, request, body);
    const compute = () => protocol.encode(found, engine.callService(found, operation, input, region));
    const answered = engine.responses.answer(found, operation, region, input, compute);
    return { operation, encoded: protocol.respond(found, answered) };
  } catch (err) {
    if (err instanceof AwsError) return { operation, encoded: protocol.encodeError(service, err) };
    log.error(`${operation} failed: ${(err as Error)?.stack ?? err}`);
    const internal = (service ?? ecs).errors.internal('The local engine hit an internal error; see its log.');
    return { operation, encoded: protocol.encodeError(service, internal) };
  }
}

function handleRequest(
  engine: Engine,
  protocols: readonly ProtocolAdapter<AwsService>[],
  req: http.IncomingMessage,
  res: http.ServerResponse,
): void {
  const requestId = crypto.randomUUID();
  const started = performance.now();
  if (req.method === 'GET' && (req.url === '/' || req.url === '/health')) {
    send(
      res,
      { status: 200, contentType: 'application/json', body: JSON.stringify({ service: 'ecs-local', status: 'ok' }) },
      requestId,
    );
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  req.on('data', (chunk: Buffer) => {
    size += chunk.length;
    // Past the limit only the size is kept: the answer is an error either way.
    if (size <= MAX_BODY_BYTES) chunks.push(chunk);
  });
  req.on('error', () => res.destroy());
  req.on('end', () => {
    const body = size > MAX_BODY_BYTES ? Buffer.alloc(MAX_BODY_BYTES + 1) : Buffer.concat(chunks);
    const { encoded, operation } = answer(engine, protocols, req, body);
    send(res, encoded, requestId);
    if (log.enabled('debug')) log.debug(`${operation} ${encoded.status} ${(performance.now() - started).toFixed(1)}ms`);
  });
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Serves the engine and runs its scheduler loop until closed. Port 0 picks a free port. */
export function serve(engine: Engine, port: number, host = '127.0.0.1', tickMs = 200): Promise<RunningServer> {
  const protocols: ProtocolAdapter<AwsService>[] = [new JsonProtocol(engine.services.values())];
  const server = http.createServer((req, res) => handleRequest(engine, protocols, req, res));
  server.keepAliveTimeout = 65_000;
  const timer = setInterval(() => engine.tick(), tickMs);
  timer.unref();
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const addr = server.address() as AddressInfo;
      const shownHost = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
      resolve({
        url: `http://${shownHost}:${addr.port}`,
        close: () =>
          new Promise<void>((done) => {
            clearInterval(timer);
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
