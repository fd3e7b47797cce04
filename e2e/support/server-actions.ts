// Calls the console's server actions directly over HTTP, as a browser's useActionState does (or as an attacker
// with curl would): the action id from the build's server-reference manifest, the arguments encoded by React's
// own encodeReply, the answer decoded by React's own Flight client. No UI involved, so what the server checks is
// what the tests see.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { ActionState } from '../../lib/actions/action-state';

const require = createRequire(__filename);
const flight = require('next/dist/compiled/react-server-dom-webpack/client.node') as {
  encodeReply(value: unknown): Promise<FormData | string>;
  createFromNodeStream(stream: Readable, manifest: unknown): Promise<{ a: Promise<unknown> }>;
};

interface ManifestEntry {
  workers: Record<string, unknown>;
  filename: string;
  exportedName: string;
}

const distDir = path.resolve(__dirname, '../..', process.env.NEXT_DIST_DIR || '.next');

function manifest(): Record<string, ManifestEntry> {
  return JSON.parse(fs.readFileSync(path.join(distDir, 'server/server-reference-manifest.json'), 'utf8')).node;
}

export type Fields = Record<string, string | string[]>;

export interface ActionAnswer {
  status: number;
  /** The ActionState the action returned (undefined when it redirected). */
  state?: ActionState;
  /** Where the action redirected, e.g. `/clusters/web`. */
  redirect?: string;
  /** Set-Cookie headers (a sign-in's session). */
  cookies: string[];
}

/** The page a form of this action lives on, with its dynamic segments filled from the fields. */
function pagePath(worker: string, fields: Fields): string {
  return (
    worker
      .replace(/^app/, '')
      .replace(/\/page$/, '')
      .replace(/\/\([^)]*\)/g, '')
      .replace(/\[(\w+)\]/g, (_m, name: string) => encodeURIComponent(String(fields[name] ?? 'x'))) || '/'
  );
}

export class ActionClient {
  constructor(
    readonly baseURL: string,
    readonly cookie = '',
  ) {}

  /** The same client with a session cookie (or another cookie header). */
  withCookie(cookie: string): ActionClient {
    return new ActionClient(this.baseURL, cookie);
  }

  /** Calls the exported action `name` (e.g. `deleteCluster`) with these form fields. */
  async call(name: string, fields: Fields = {}, options: { headers?: Record<string, string> } = {}): Promise<ActionAnswer> {
    const entries = Object.entries(manifest()).filter(
      ([, e]) => e.exportedName === name && e.filename.startsWith('lib/actions/'),
    );
    if (entries.length !== 1) throw new Error(`No single server action named ${name} in the build (found ${entries.length}).`);
    const [id, entry] = entries[0];
    const form = new FormData();
    for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) form.append(key, v);
    const body = await flight.encodeReply([{ status: 'idle' }, form]);
    const res = await fetch(new URL(pagePath(Object.keys(entry.workers)[0], fields), this.baseURL), {
      method: 'POST',
      headers: {
        'Next-Action': id,
        Accept: 'text/x-component',
        Origin: this.baseURL,
        ...(this.cookie ? { Cookie: this.cookie } : {}),
        ...options.headers,
      },
      body,
      redirect: 'manual',
    });
    const cookies = res.headers.getSetCookie();
    const redirect = res.headers.get('x-action-redirect')?.split(';')[0];
    if (redirect) {
      await res.body?.cancel();
      return { status: res.status, redirect, cookies };
    }
    if (!res.ok || !res.body) return { status: res.status, cookies };
    // After revalidatePath the answer also carries the re-rendered page, whose client components this decoder
    // cannot load; their import rows (`N:I[...]`) are dropped, which leaves them unresolved but the result intact.
    // So are the page's error rows (`N:E{...}`, e.g. a redirect or not-found thrown while re-rendering it), which
    // the development decoder cannot rebuild without their server stacks.
    const rows = (await res.text()).split('\n').filter((row) => !/^[0-9a-f]+:[IE][[{]/.test(row));
    const root = await flight.createFromNodeStream(Readable.from([Buffer.from(rows.join('\n'))]), {
      moduleMap: {},
      moduleLoading: null,
      serverModuleMap: null,
    });
    return { status: res.status, state: (await root.a) as ActionState, cookies };
  }
}

/** The cookie header value for the session a sign-in answer set. */
export function sessionCookie(answer: ActionAnswer): string {
  const set = answer.cookies.find((c) => c.startsWith('ecs-session='));
  if (!set) throw new Error(`No session cookie was set (status ${answer.status}, ${JSON.stringify(answer.state)}).`);
  return set.split(';')[0];
}
