// The one place that loads better-sqlite3, in the build that suits the running Node (engine, console, tests, benches):
// - Node 22 and later: better-sqlite3 13, built on Node-API. Version 12 subclasses node::ObjectWrap, and from Node
//   24.19 a statement the garbage collector frees outside a JavaScript call, or at exit, aborts the process
//   (`Assertion failed: (env) != nullptr` in node::RemoveEnvironmentCleanupHook).
// - Node 20: better-sqlite3 12, installed under the name `better-sqlite3-node20`; 13 requires Node 22 and crashes on 20.
// Both load their native code when the first database opens, so importing both costs nothing. Drop the Node 20 build
// with Node 20 itself.
import BetterSqlite3 from 'better-sqlite3';
import BetterSqlite3Node20 from 'better-sqlite3-node20';

/** The package name this process loads (for a worker thread that must load the same build). */
export const sqliteModule: string =
  Number(process.versions.node.split('.')[0]) >= 22 ? 'better-sqlite3' : 'better-sqlite3-node20';

const Database: typeof BetterSqlite3 = sqliteModule === 'better-sqlite3' ? BetterSqlite3 : BetterSqlite3Node20;
type Database = BetterSqlite3.Database;

export default Database;
