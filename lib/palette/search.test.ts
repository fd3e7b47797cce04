import { describe, expect, it } from 'vitest';
import { indexPalette, type PaletteItem, rememberRecent, searchPalette } from './search';

const items: PaletteItem[] = [
  { kind: 'cluster', label: 'prod', detail: 'Cluster', href: '/clusters/prod' },
  { kind: 'cluster', label: 'staging', detail: 'Cluster', href: '/clusters/staging' },
  {
    kind: 'service',
    label: 'web',
    detail: 'Service in prod',
    href: '/clusters/prod/services/web',
    arn: 'arn:aws:ecs:us-east-1:000000000000:service/prod/web',
  },
  { kind: 'service', label: 'web', detail: 'Service in staging', href: '/clusters/staging/services/web' },
  { kind: 'service', label: 'api-web', detail: 'Service in prod', href: '/clusters/prod/services/api-web' },
  { kind: 'family', label: 'web', detail: 'Task definition family', href: '/task-definitions/web' },
  {
    kind: 'task',
    label: '0123456789abcdef0123456789abcdef',
    detail: 'Task in prod',
    href: '/clusters/prod/tasks/0123456789abcdef0123456789abcdef',
  },
];
const index = indexPalette(items);
const hrefs = (found: PaletteItem[]) => found.map((i) => i.href);

describe('searchPalette', () => {
  it('finds by name across clusters, label prefix before substring, clusters and services before families', () => {
    expect(hrefs(searchPalette(index, 'web'))).toEqual([
      '/clusters/prod/services/web',
      '/clusters/staging/services/web',
      '/task-definitions/web',
      '/clusters/prod/services/api-web',
    ]);
  });

  it('needs every word, in any order, and matches ARN and ID fragments', () => {
    expect(hrefs(searchPalette(index, 'staging web'))).toEqual(['/clusters/staging/services/web']);
    expect(hrefs(searchPalette(index, 'service/prod/we'))).toEqual(['/clusters/prod/services/web']);
    expect(hrefs(searchPalette(index, '89ABCDEF01'))).toEqual(['/clusters/prod/tasks/0123456789abcdef0123456789abcdef']);
    expect(searchPalette(index, 'nothing-like-this')).toEqual([]);
  });

  it('puts recently opened items first, and lists them (then clusters) for an empty query', () => {
    const recent = ['/task-definitions/web', '/clusters/staging/services/web'];
    expect(hrefs(searchPalette(index, 'web', recent)).slice(0, 2)).toEqual(recent);
    expect(hrefs(searchPalette(index, '', recent))).toEqual([...recent, '/clusters/prod', '/clusters/staging']);
  });

  it('keeps the recent list short, newest first, without duplicates', () => {
    expect(rememberRecent(['/a', '/b', '/c'], '/b')).toEqual(['/b', '/a', '/c']);
    expect(rememberRecent(['/a', '/b'], '/c', 2)).toEqual(['/c', '/a']);
  });
});
