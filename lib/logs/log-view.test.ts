import { describe, expect, it } from 'vitest';
import { containerLogs, linesAsText, logWindow, parseLogQuery, streamOf } from './log-view';

describe('Logs tab query', () => {
  it('reads ranges and filters from the URL, custom ranges from epoch ms or the form’s UTC times', () => {
    expect(parseLogQuery({})).toEqual({ range: '1h', filter: undefined });
    expect(parseLogQuery({ range: '5m', filter: 'ERROR' })).toEqual({ range: '5m', filter: 'ERROR' });
    expect(parseLogQuery({ range: 'custom', from: '2026-01-01T10:00', to: '2026-01-01T11:30' })).toEqual({
      range: 'custom',
      start: Date.UTC(2026, 0, 1, 10),
      end: Date.UTC(2026, 0, 1, 11, 30),
      filter: undefined,
    });
    // An empty or backwards custom range falls back to the last hour rather than reading nothing.
    expect(parseLogQuery({ range: 'custom', start: '200', end: '100' }).range).toBe('1h');
    expect(logWindow({ range: '12h' }, 50_000_000)).toEqual({ start: 50_000_000 - 43_200_000, end: 50_000_001 });
  });
});

describe('where containers log', () => {
  it('finds awslogs streams, and says where other drivers send their output', () => {
    const aws = containerLogs(
      {
        name: 'web',
        logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': '/ecs/web', 'awslogs-stream-prefix': 'ecs' } },
      },
      'eu-west-1',
    );
    expect(aws).toEqual({
      container: 'web',
      driver: 'awslogs',
      awslogs: { group: '/ecs/web', region: 'eu-west-1', prefix: 'ecs' },
    });
    expect(streamOf(aws, 'abc')).toBe('ecs/web/abc');
    const noPrefix = containerLogs(
      { name: 'web', logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': 'g' } } },
      'r',
    );
    expect(streamOf(noPrefix, 'abc', 'container-id')).toBe('container-id');
    expect(
      containerLogs(
        { name: 'side', logConfiguration: { logDriver: 'splunk', options: { 'splunk-url': 'https://splunk:8088' } } },
        'r',
      ).elsewhere,
    ).toBe('side uses the splunk log driver: its logs go to Splunk at https://splunk:8088, not to CloudWatch Logs.');
    expect(containerLogs({ name: 'bare' }, 'r').elsewhere).toMatch(/^bare has no log configuration/);
  });

  it('downloads lines as tab-separated text', () => {
    expect(linesAsText([{ id: '1', timestamp: Date.UTC(2026, 0, 1), message: 'hi', taskId: 't1', container: 'web' }])).toBe(
      '2026-01-01T00:00:00.000Z\tt1\tweb\thi',
    );
  });
});
