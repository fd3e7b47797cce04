// The server's one connection to the security tables and the stores on it, kept on globalThis so every route
// bundle of the Next server (and proxy) shares them.
import 'server-only';
import { AuditStore } from '../audit/store';
import { consoleEnv } from '../env';
import { openSecurityDb, securityDbFile } from './security-db';
import { SessionStore } from './sessions';
import { UserStore } from './users';

interface SecurityState {
  users: UserStore;
  sessions: SessionStore;
  audit: AuditStore;
}

const KEY = Symbol.for('ecs-console.security-state');
type Holder = { [KEY]?: SecurityState };

export function securityState(): SecurityState {
  const holder = globalThis as Holder;
  if (!holder[KEY]) {
    const env = consoleEnv();
    const db = openSecurityDb(securityDbFile(env.ECS_CONSOLE_DATA_DIR));
    holder[KEY] = {
      users: new UserStore(db),
      sessions: new SessionStore(db),
      audit: new AuditStore(db, env.ECS_CONSOLE_AUDIT_RETENTION_DAYS * 86_400_000),
    };
  }
  return holder[KEY];
}
