// lib/sqlite.ts picks the better-sqlite3 build for the running Node, and nothing else loads better-sqlite3.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import Database, { sqliteModule } from './sqlite';

const require = createRequire(import.meta.url);
const nodeMajor = Number(process.versions.node.split('.')[0]);

describe('lib/sqlite', () => {
  it('loads better-sqlite3 13 (Node-API) on Node 22 and later, 12 on Node 20', () => {
    const { version } = require(`${sqliteModule}/package.json`) as { version: string };
    expect(Number(version.split('.')[0])).toBe(nodeMajor >= 22 ? 13 : 12);
  });

  it('opens a database that prepares, writes and reads', () => {
    const db = new Database(':memory:');
    try {
      db.exec('CREATE TABLE t (a INTEGER)');
      const insert = db.prepare('INSERT INTO t (a) VALUES (?)');
      db.transaction(() => {
        for (let i = 0; i < 100; i++) insert.run(i);
      })();
      expect(db.prepare('SELECT count(*) AS n, sum(a) AS s FROM t').get()).toEqual({ n: 100, s: 4950 });
    } finally {
      db.close();
    }
  });

  it('is the only module that loads better-sqlite3 (type-only imports aside)', () => {
    const root = path.join(__dirname, '..');
    // Dependencies, build output and hidden folders (.git, .next, .data, Stryker's sandboxes) are not ours.
    const skip = new Set(['node_modules', 'test-results', 'playwright-report', 'reports']);
    const loads = /^import (?!type )[^;]* from '(better-sqlite3[^']*)'|require\('(better-sqlite3[^']*)'\)/m;
    const loaders: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        if (skip.has(entry.name) || entry.name.startsWith('.')) continue;
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (/(?<!\.d)\.(ts|tsx|js|mjs)$/.test(entry.name) && loads.test(fs.readFileSync(file, 'utf8')))
          loaders.push(path.relative(root, file));
      }
    };
    walk(root);
    expect(loaders).toEqual(['lib/sqlite.ts']);
  });
});
