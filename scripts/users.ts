// `npm run users -- <command>`: the console's users for ECS_CONSOLE_AUTH=password, in ECS_CONSOLE_DATA_DIR.
//   add NAME --role viewer|operator|admin   new user; the password is asked for (typed twice, not shown), or read
//                                             from standard input when it is not a terminal
//   passwd NAME                               new password (ends the user's sessions)
//   role NAME ROLE                            new role (ends the user's sessions)
//   remove NAME                               removes the user (ends their sessions)
//   list                                      names, roles, when created
import readline from 'node:readline';
import { isRole, ROLES } from '../lib/auth/roles';
import { openSecurityDb, securityDbFile } from '../lib/auth/security-db';
import { UserError, UserStore } from '../lib/auth/users';
import { consoleEnv } from '../lib/env';

const USAGE = `Usage: npm run users -- add NAME --role ${ROLES.join('|')}
       npm run users -- passwd NAME
       npm run users -- role NAME ${ROLES.join('|')}
       npm run users -- remove NAME
       npm run users -- list`;

class UsageError extends Error {}

/** Reads all of standard input (a pipe or file): the password is its first line. */
async function passwordFromStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0];
}

/** Asks on the terminal without echoing what is typed. */
function askHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    const output = rl as unknown as { _writeToOutput: (s: string) => void };
    output._writeToOutput = (s: string) => {
      if (s.includes(question)) process.stdout.write(question);
    };
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write('\n');
      resolve(answer);
    });
  });
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) return passwordFromStdin();
  const first = await askHidden('Password: ');
  const again = await askHidden('Password again: ');
  if (first !== again) throw new UserError('The two passwords differ. Nothing was changed.');
  return first;
}

function roleArg(value: string | undefined) {
  if (!isRole(value)) throw new UsageError(`Give a role: ${ROLES.join(', ')}.`);
  return value;
}

export async function main(argv: string[]): Promise<string> {
  const [command, name, ...rest] = argv;
  const users = new UserStore(openSecurityDb(securityDbFile(consoleEnv().ECS_CONSOLE_DATA_DIR)));
  switch (command) {
    case 'list': {
      const all = users.list();
      if (all.length === 0) return 'No users yet. Add one with: npm run users -- add NAME --role admin';
      return all.map((u) => `${u.name.padEnd(24)} ${u.role.padEnd(9)} created ${new Date(u.createdAt).toISOString()}`).join('\n');
    }
    case 'add': {
      if (!name) throw new UsageError('Give the new user a name.');
      const at = rest.indexOf('--role');
      const role = roleArg(at >= 0 ? rest[at + 1] : undefined);
      await users.add(name, role, await readPassword());
      return `Added ${name} (${role}).`;
    }
    case 'passwd':
      if (!name) throw new UsageError('Which user?');
      await users.setPassword(name, await readPassword());
      return `Changed the password of ${name}; their sessions have ended.`;
    case 'role': {
      if (!name) throw new UsageError('Which user?');
      const role = roleArg(rest[0]);
      users.setRole(name, role);
      return `${name} is now ${role}; their sessions have ended.`;
    }
    case 'remove':
      if (!name) throw new UsageError('Which user?');
      users.remove(name);
      return `Removed ${name}; their sessions have ended.`;
    default:
      throw new UsageError(command ? `Unknown command ${command}.` : 'Give a command.');
  }
}

if (require.main === module)
  main(process.argv.slice(2)).then(
    (out) => process.stdout.write(`${out}\n`),
    (err: unknown) => {
      if (err instanceof UsageError) process.stderr.write(`${err.message}\n${USAGE}\n`);
      else process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(1);
    },
  );
