// better-sqlite3 12 under another name for Node 20 (lib/sqlite.ts); its API is the one @types/better-sqlite3 describes.
declare module 'better-sqlite3-node20' {
  import Database = require('better-sqlite3');
  export = Database;
}
