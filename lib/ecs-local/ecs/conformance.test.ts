// The e2e conformance checker must catch every kind of drift it claims to, or the API suites prove nothing.
import { describe, expect, it } from 'vitest';
import { assertConformsToOutput, outputProblems } from '../../../e2e/support/conformance';

const cluster = {
  clusterArn: 'arn:aws:ecs:us-east-1:000000000000:cluster/demo',
  clusterName: 'demo',
  status: 'ACTIVE',
  runningTasksCount: 0,
  settings: [{ name: 'containerInsights', value: 'disabled' }],
  tags: [{ key: 'team', value: 'a' }],
};

describe('assertConformsToOutput', () => {
  it('accepts a well-formed body, as JSON text or parsed', () => {
    expect(outputProblems('CreateCluster', { cluster })).toEqual([]);
    expect(() => assertConformsToOutput('CreateCluster', JSON.stringify({ cluster }))).not.toThrow();
    expect(outputProblems('ListClusters', { clusterArns: [cluster.clusterArn], nextToken: 'abc' })).toEqual([]);
  });

  it('rejects nulls, anywhere', () => {
    expect(outputProblems('CreateCluster', { cluster: { ...cluster, capacityProviders: null } })).toEqual([
      'cluster.capacityProviders is null; absent members must be omitted',
    ]);
    expect(outputProblems('ListClusters', { clusterArns: [null] })).toHaveLength(1);
  });

  it('rejects members the model does not know, including private bookkeeping', () => {
    expect(outputProblems('CreateCluster', { cluster: { ...cluster, _plan: {} } })).toEqual([
      'cluster._plan is not a member of Cluster',
    ]);
    expect(outputProblems('ListClusters', { clusterArns: [], extra: 1 })).toEqual([
      'extra is not a member of ListClustersResponse',
    ]);
  });

  it('rejects wrong types and values outside an enum', () => {
    expect(outputProblems('CreateCluster', { cluster: { ...cluster, runningTasksCount: '0' } })[0]).toMatch(
      /runningTasksCount should be an integer/,
    );
    expect(outputProblems('CreateCluster', { cluster: { ...cluster, runningTasksCount: 1.5 } })).toHaveLength(1);
    expect(outputProblems('CreateCluster', { cluster: { ...cluster, tags: {} } })[0]).toMatch(/tags should be a list/);
    expect(outputProblems('CreateCluster', { cluster: { ...cluster, settings: [{ name: 'bogus' }] } })[0]).toMatch(
      /settings\[0\]\.name is 'bogus', not one of/,
    );
  });

  it('wants timestamps as epoch seconds numbers', () => {
    const task = { taskArn: 'arn', createdAt: 1767225600.5 };
    expect(outputProblems('DescribeTasks', { tasks: [task] })).toEqual([]);
    expect(outputProblems('DescribeTasks', { tasks: [{ ...task, createdAt: '2026-01-01T00:00:00Z' }] })[0]).toMatch(
      /tasks\[0\]\.createdAt should be a timestamp/,
    );
    expect(outputProblems('DescribeTasks', { tasks: [{ ...task, createdAt: 1767225600500 }] })[0]).toMatch(/milliseconds/);
  });

  it('wants {} from operations without output members and rejects non-JSON and non-objects', () => {
    expect(outputProblems('TagResource', {})).toEqual([]);
    expect(outputProblems('TagResource', { tags: [] })).toHaveLength(1);
    expect(outputProblems('ListClusters', '{nope')[0]).toMatch(/not JSON/);
    expect(outputProblems('ListClusters', [])[0]).toMatch(/should be a structure/);
    expect(outputProblems('NoSuchOperation', {})[0]).toMatch(/not an operation/);
  });

  it('throws with every problem listed', () => {
    expect(() => assertConformsToOutput('CreateCluster', { cluster: { ...cluster, status: null, x: 1 } })).toThrow(
      /status is null[\s\S]*x is not a member/,
    );
  });
});
