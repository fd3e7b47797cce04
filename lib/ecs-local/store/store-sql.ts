// The SQL of the store's dynamic queries: the WHERE clause of a list filter and the index a list reads.
import type { Kind, ListFilter } from './types';

export function whereSql(region: string, kind: Kind, filter: ListFilter): { sql: string; params: unknown[] } {
  const clauses = ['region = ?', 'kind = ?'];
  const params: unknown[] = [region, kind];
  for (const col of ['parent', 'key', 'ref', 'status'] as const) {
    const value = filter[col];
    if (value === undefined) continue;
    if (typeof value === 'string') {
      clauses.push(`${col} = ?`);
      params.push(value);
    } else {
      clauses.push(`${col} IN (${value.map(() => '?').join(', ') || 'NULL'})`);
      params.push(...value);
    }
  }
  if (filter.after !== undefined) {
    clauses.push(filter.order === 'desc' ? 'id < ?' : 'id > ?');
    params.push(filter.after);
  }
  return { sql: clauses.join(' AND '), params };
}

/**
 * The index a list should read. Without statistics SQLite prefers walking the primary key (region, kind, id)
 * because it yields ORDER BY id for free, and then reads every document of the kind in the region; naming
 * the index makes it seek the filtered rows instead (and fetch bodies by key only for those).
 */
export function indexFor(filter: ListFilter): string | undefined {
  if (filter.parent !== undefined && filter.key !== undefined)
    return filter.status !== undefined ? 'docs_group_counts' : 'docs_parent';
  if (filter.ref !== undefined) return 'docs_ref_id';
  if (filter.parent !== undefined) return filter.status !== undefined ? 'docs_parent_status' : 'docs_parent';
  if (filter.status !== undefined) return 'docs_kind_status';
  return undefined;
}
