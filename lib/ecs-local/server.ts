// The HTTP front of the engine: one port for every AWS service it serves. Each request is matched to a protocol
// adapter (protocol/), which names the service and operation and decodes the input; the engine runs it; the
// adapter puts the answer or the error on the wire as that protocol's clients expect.
//
// Before any of that, what every protocol shares: the Host must be a loopback name or an allowed one (DNS
// rebinding), the request must be signed (any SigV4 signature: the engine checks none), and a body over the limit
// is refused as soon as that is known, without reading it whole. `GET /health` needs no signature.
import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { AllowedHosts, hostRefusalMessage } from './allowed-hosts';
import { AwsError } from './core/aws-error';
import type { AwsService } from './core/aws-service';
import { DEFAULT_REGION } from './core/context';
import { log } from './core/log';
import { ecs } from './ecs';
import type { Engine } from './engine';
import { CborProtocol } from './protocol/cbor';
import { JsonProtocol } from './protocol/json';
import type { ApiError, Encoded, ProtocolAdapter, ProtocolRequest } from './protocol/protocol';
import { QueryProtocol } from './protocol/query';

export const MAX_BODY_BYTES = 1024 * 1024;

/** Every protocol the engine speaks; a service on a new protocol adds its adapter here. */
function adapters(engine: Engine): ProtocolAdapter<AwsService>[] {
  return [
    new JsonProtocol(engine.services.values()),
    new CborProtocol(engine.services.values()),
    new QueryProtocol(engine.services.values()),
  ];
}

/** The region of a SigV4 request: `Credential=<key>/<date>/<region>/<service>/aws4_request`; else the default. */
export function regionFromAuthorization(header: string | undefined): string {
  const m = header ? /Credential=[^/]+\/\d{8}\/([a-z0-9-]{1,32})\//.exec(header) : null;
  return m ? m[1] : DEFAULT_REGION;
}

const MISSING_SIGNATURE: ApiError = {
  type: 'MissingAuthenticationTokenException',
  status: 403,
  message:
    'Missing Authentication Token. Sign requests with AWS Signature Version 4, as the AWS SDKs and CLI do; the engine accepts any credentials (e.g. test / test).',
};

function isHealthCheck(request: ProtocolRequest): boolean {
  return request.method === 'GET' && (request.url === '/' || request.url === '/health');
}

function send(res: http.ServerResponse, encoded: Encoded, requestId: string): void {
  // An adapter that writes the request id into its bodies (AWS Query) sends its own id header.
  res.writeHead(encoded.status, {
    'x-amzn-RequestId': requestId,
    ...encoded.headers,
    'Content-Type': encoded.contentType,
    'Content-Length': Buffer.byteLength(encoded.body),
  });
  res.end(encoded.body);
}

/**
 * Answers a request refused before its body was read, and closes the connection: whatever body is still coming is
 * not read. The socket goes a second after the answer, not at once: closing with unread data resets the
 * connection, which can take the answer with it.
 */
function refuse(res: http.ServerResponse, encoded: Encoded, requestId: string): void {
  res.setHeader('Connection', 'close');
  res.once('finish', () => setTimeout(() => res.socket?.destroy(), 1000).unref());
  send(res, encoded, requestId);
}

class Front {
  private readonly protocols: ProtocolAdapter<AwsService>[];

  constructor(
    private readonly engine: Engine,
    private readonly hosts: AllowedHosts,
  ) {
    this.protocols = adapters(engine);
  }

  /** The adapter of a request; those no adapter claims are answered as ECS, the engine's first service, would. */
  private protocolOf(request: ProtocolRequest): ProtocolAdapter<AwsService> {
    return this.protocols.find((p) => p.matches(request)) ?? this.protocols[0];
  }

  handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const requestId = crypto.randomUUID();
    const started = performance.now();
    const request: ProtocolRequest = { method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers };
    const protocol = this.protocolOf(request);

    const refusal = this.refusal(protocol, request);
    if (refusal) {
      refuse(res, protocol.encodeError(undefined, refusal), requestId);
      return;
    }
    if (isHealthCheck(request)) {
      const health = {
        service: 'ecs-local',
        status: 'ok',
        runtime: this.engine.runtime.name,
        loadBalancers: this.engine.network ? 'real' : 'simulated',
      };
      send(res, { status: 200, contentType: 'application/json', body: JSON.stringify(health) }, requestId);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    req.on('data', (chunk: Buffer) => {
      if (refused) return;
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
      else {
        refused = true;
        chunks.length = 0;
        refuse(res, protocol.encodeError(undefined, this.tooLarge(protocol, request)), requestId);
      }
    });
    req.on('error', () => res.destroy());
    req.on('end', () => {
      if (refused) return;
      const { encoded, operation } = this.answer(protocol, request, Buffer.concat(chunks));
      send(res, encoded, requestId);
      if (log.enabled('debug')) log.debug(`${operation} ${encoded.status} ${(performance.now() - started).toFixed(1)}ms`);
    });
  }

  /** Why a request is refused before its body is read (every protocol's rules), or undefined. */
  private refusal(protocol: ProtocolAdapter<AwsService>, request: ProtocolRequest): ApiError | undefined {
    const badHost = this.hosts.refused(request.headers.host);
    if (badHost !== undefined) return { type: 'AccessDeniedException', status: 403, message: hostRefusalMessage(badHost) };
    if (isHealthCheck(request)) return undefined;
    if (!request.headers.authorization) return MISSING_SIGNATURE;
    if (Number(request.headers['content-length'] ?? 0) > MAX_BODY_BYTES) return this.tooLarge(protocol, request);
    return undefined;
  }

  /** The body-size refusal, in the words of the service the request names when its headers name one. */
  private tooLarge(protocol: ProtocolAdapter<AwsService>, request: ProtocolRequest): ApiError {
    const service = protocol.matches(request) ? protocol.route(request, Buffer.alloc(0)).service : undefined;
    return (service ?? ecs).errors.invalid(`The request body is larger than ${MAX_BODY_BYTES} bytes.`) as AwsError;
  }

  /** Routes one request to its service and runs it; every failure becomes the protocol's error answer. */
  private answer(
    protocol: ProtocolAdapter<AwsService>,
    request: ProtocolRequest,
    body: Buffer,
  ): { encoded: Encoded; operation: string } {
    let service: AwsService | undefined;
    let operation = '?';
    try {
      // AWS Query may also come as a GET with its parameters in the URL.
      if (!protocol.matches(request) || (request.method !== 'POST' && protocol.name !== 'query'))
        throw ecs.errors.unknownOperation('Send ECS API calls as POST / with an X-Amz-Target header.');
      const route = protocol.route(request, body);
      operation = route.operation;
      service = route.service;
      if (!service)
        throw ecs.errors.unknownOperation(
          `Unknown ${route.named}. This engine serves ${[...this.engine.services.keys()].join(', ')}.`,
        );
      const problem = protocol.check(request);
      if (problem) return { operation, encoded: protocol.encodeError(service, problem) };
      const region = regionFromAuthorization(request.headers.authorization);
      const found = service;
      const input = protocol.input(found, request, body);
      const compute = () => protocol.encode(found, this.engine.callService(found, operation, input, region), operation);
      // One service may be spoken in two protocols (CloudWatch: CBOR from the SDK, Query from the CLI): the
      // protocol is part of the key, as its answers are encoded differently.
      const answered = this.engine.responses.answer(found, operation, region, { [protocol.name]: input }, compute);
      return { operation, encoded: protocol.respond(found, answered, operation) };
    } catch (err) {
      if (err instanceof AwsError) return { operation, encoded: protocol.encodeError(service, err) };
      log.error(`${operation} failed: ${(err as Error)?.stack ?? err}`);
      const internal = (service ?? ecs).errors.internal('The local engine hit an internal error; see its log.');
      return { operation, encoded: protocol.encodeError(service, internal) };
    }
  }
}

/** How long one slice of scheduler work may hold the event loop before requests are answered again. */
const SCHEDULER_SLICE_MS = 50;

/**
 * Runs the due scheduler steps in slices of SCHEDULER_SLICE_MS, answering the requests that arrived in between
 * before the next slice: a backlog (thousands of tasks changing at once, a restart) delays answers by a slice, not
 * by the whole backlog. Called by a timer; tick() never throws. Returns stop().
 */
function schedulerLoop(engine: Engine, tickMs: number): () => void {
  let stopped = false;
  let slicing = false;
  const slice = () => {
    slicing = false;
    if (stopped) return;
    engine.tick(SCHEDULER_SLICE_MS);
    if (engine.behind) {
      slicing = true;
      setImmediate(slice);
    }
  };
  const timer = setInterval(() => {
    if (!slicing) slice();
  }, tickMs);
  timer.unref();
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Host names answered besides loopback and the listening address (ECS_LOCAL_ALLOWED_HOSTS). */
  allowedHosts?: readonly string[];
  /** How often the scheduler runs (ms). */
  tickMs?: number;
}

/** Serves the engine and runs its scheduler loop until closed. Port 0 picks a free port. */
export function serve(engine: Engine, port: number, host = '127.0.0.1', options: ServeOptions = {}): Promise<RunningServer> {
  const front = new Front(engine, new AllowedHosts(host, options.allowedHosts));
  const server = http.createServer((req, res) => front.handle(req, res));
  server.keepAliveTimeout = 65_000;
  const stopScheduler = schedulerLoop(engine, options.tickMs ?? 200);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const addr = server.address() as AddressInfo;
      const shownHost = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
      engine.settings.endpoint = `http://${shownHost}:${addr.port}`;
      resolve({
        url: engine.settings.endpoint,
        close: () =>
          new Promise<void>((done) => {
            stopScheduler();
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
