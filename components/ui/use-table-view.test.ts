import { describe, expect, it } from 'vitest';
import { type Column, filterAndSort } from './use-table-view';

type Row = { name: string; tasks: number };
const rows: Row[] = [
  { name: 'web-10', tasks: 3 },
  { name: 'web-2', tasks: 10 },
  { name: 'api', tasks: 1 },
];
const columns: Column<Row>[] = [
  { id: 'name', header: 'Name', cell: (r) => r.name, sortValue: (r) => r.name },
  { id: 'tasks', header: 'Tasks', cell: (r) => r.tasks, sortValue: (r) => r.tasks },
  { id: 'plain', header: 'Plain', cell: (r) => r.name },
];
const names = (list: Row[]) => list.map((r) => r.name);

describe('filterAndSort', () => {
  it('keeps the items whose text contains the filter, ignoring case and outer spaces', () => {
    expect(names(filterAndSort(rows, columns, (r) => r.name, '  WEB ', undefined))).toEqual(['web-10', 'web-2']);
    expect(names(filterAndSort(rows, columns, (r) => r.name, '', undefined))).toEqual(['web-10', 'web-2', 'api']);
  });

  it('sorts text with numbers in it by value, numbers as numbers, either way round', () => {
    expect(names(filterAndSort(rows, columns, (r) => r.name, '', { columnId: 'name' }))).toEqual(['api', 'web-2', 'web-10']);
    expect(names(filterAndSort(rows, columns, (r) => r.name, '', { columnId: 'tasks', descending: true }))).toEqual([
      'web-2',
      'web-10',
      'api',
    ]);
  });

  it('leaves the order alone for a column without a sort value, and never changes the items given', () => {
    const given = [...rows];
    expect(names(filterAndSort(given, columns, (r) => r.name, '', { columnId: 'plain' }))).toEqual(['web-10', 'web-2', 'api']);
    filterAndSort(given, columns, (r) => r.name, '', { columnId: 'name' });
    expect(given).toEqual(rows);
  });
});
