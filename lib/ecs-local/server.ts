// The HTTP front of the engine: AWS JSON 1.1 exactly as the AWS SDKs and the AWS CLI speak it.
import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEFAULT_REGION } from './context';
import type { Engine } from './engine';
import { EcsError } from './errors';
import { log } from './log';
import { isPlainObject, TARGET_PREFIX } from './protocol/model';
import { serialize } from './protocol/serialize';

const MAX_BODY_BYTES = 1024 * 1024;
const CONTENT_TYPE = 'application/x-amz-json-1.1';

/** The region of a SigV4 request: `Credential=<key>/<date>/<region>/ecs/aws4_request`. Unsigned requests get the default. */
export function regionFromAuthorization(header: string | undefined): string {
  const m = header ? /Credential=[^/]+\/\d{8}\/([a-z0-9-]{1,32})\//.exec(header) : null;
  return m ? m[1] : DEFAULT_REGION;
}

function send(res: http.ServerResponse, status: number, body: string, requestId: string): void {
  res.writeHead(status, {
    'Content-Type': CONTENT_TYPE,
    'Content-Length': Buffer.byteLength(body),
    'x-amzn-RequestId': requestId,
  });
  res.end(body);
}

function sendError(res: http.ServerResponse, err: EcsError, requestId: string): void {
  send(res, err.status, JSON.stringify({ __type: err.type, message: err.message }), requestId);
}

function parseBody(raw: Buffer): unknown {
  const text = raw.toString('utf8').trim();
  if (text === '') return {};
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new EcsError('SerializationException', `The request body is not valid JSON: ${(err as Error).message}`);
  }
}

function handleRequest(engine: Engine, req: http.IncomingMessage, res: http.ServerResponse): void {
  const requestId = crypto.randomUUID();
  const started = performance.now();
  if (req.method === 'GET' && (req.url === '/' || req.url === '/health')) {
    send(res, 200, JSON.stringify({ service: 'ecs-local', status: 'ok' }), requestId);
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  let tooLarge = false;
  req.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) tooLarge = true;
    else chunks.push(chunk);
  });
  req.on('error', () => res.destroy());
  req.on('end', () => {
    let operation = '?';
    let status = 200;
    try {
      if (req.method !== 'POST')
        throw new EcsError('UnknownOperationException', 'Send ECS API calls as POST / with an X-Amz-Target header.');
      if (tooLarge) throw new EcsError('InvalidParameterException', `The request body is larger than ${MAX_BODY_BYTES} bytes.`);
      const target = String(req.headers['x-amz-target'] ?? '');
      const dot = target.lastIndexOf('.');
      if (dot < 0 || target.slice(0, dot) !== TARGET_PREFIX)
        throw new EcsError(
          'UnknownOperationException',
          `Unknown target '${target.slice(0, 120)}'. Expected ${TARGET_PREFIX}.<Operation>.`,
        );
      operation = target.slice(dot + 1);
      const raw = Buffer.concat(chunks);
      const region = regionFromAuthorization(req.headers.authorization);
      const json = engine.responses.answer(operation, region, raw.toString('utf8'), () => {
        const input = parseBody(raw);
        if (!isPlainObject(input)) throw new EcsError('SerializationException', 'The request body must be a JSON object.');
        return serialize(engine.call(operation, input, region));
      });
      send(res, 200, json, requestId);
    } catch (err) {
      if (err instanceof EcsError) {
        status = err.status;
        sendError(res, err, requestId);
      } else {
        status = 500;
        log.error(`${operation} failed: ${(err as Error)?.stack ?? err}`);
        sendError(res, new EcsError('ServerException', 'The local engine hit an internal error; see its log.'), requestId);
      }
    }
    if (log.enabled('debug')) log.debug(`${operation} ${status} ${(performance.now() - started).toFixed(1)}ms`);
  });
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Serves the engine and runs its scheduler loop until closed. Port 0 picks a free port. */
export function serve(engine: Engine, port: number, host = '127.0.0.1', tickMs = 200): Promise<RunningServer> {
  const server = http.createServer((req, res) => handleRequest(engine, req, res));
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
