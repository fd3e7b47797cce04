// Reading CloudWatch Logs through the real AWS SDK over HTTP: GetLogEvents' paging in both directions, and
// FilterLogEvents with every pattern dialect, stream and time filters, and pages.
import {
  FilterLogEventsCommand,
  GetLogEventsCommand,
  type InputLogEvent,
  ResourceNotFoundException,
} from '@aws-sdk/client-cloudwatch-logs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { START } from '../testing/engine';
import { failure, type ServedTelemetry, servedTelemetry, streamWith as streamIn } from '../testing/telemetry';

let t: ServedTelemetry;
beforeAll(async () => {
  t = await servedTelemetry();
});
afterAll(() => t.close());

const streamWith = (group: string, stream: string, events: InputLogEvent[]) => streamIn(t.logs, group, stream, events);

describe('GetLogEvents', () => {
  const events = Array.from({ length: 25 }, (_, i) => ({ timestamp: START - 100_000 + i * 1000, message: `line ${i}` }));

  it('answers the newest page by default, then pages backward and forward until the token repeats', async () => {
    await streamWith('/get', 's', events);
    const newest = await t.logs.send(new GetLogEventsCommand({ logGroupName: '/get', logStreamName: 's', limit: 10 }));
    expect(newest.events?.map((e) => e.message)).toEqual(events.slice(15).map((e) => e.message));
    expect(newest.events?.[0]).toEqual({ timestamp: events[15].timestamp, message: 'line 15', ingestionTime: START });
    expect(newest.nextForwardToken).toMatch(/^f\/\d{56}$/);
    expect(newest.nextBackwardToken).toMatch(/^b\/\d{56}$/);
    const older = await t.logs.send(
      new GetLogEventsCommand({ logGroupName: '/get', logStreamName: 's', limit: 10, nextToken: newest.nextBackwardToken }),
    );
    expect(older.events?.map((e) => e.message)).toEqual(events.slice(5, 15).map((e) => e.message));
    const end = await t.logs.send(
      new GetLogEventsCommand({
        logGroupName: '/get',
        logStreamName: 's',
        nextToken: newest.nextForwardToken,
        startFromHead: true,
      }),
    );
    expect(end.events).toEqual([]);
    expect(end.nextForwardToken).toBe(newest.nextForwardToken);
  });

  it('reads from the head in a time range, startTime inclusive and endTime exclusive', async () => {
    const head = await t.logs.send(
      new GetLogEventsCommand({
        logGroupIdentifier: 'arn:aws:logs:us-east-1:000000000000:log-group:/get:*',
        logStreamName: 's',
        startFromHead: true,
        startTime: events[3].timestamp,
        endTime: events[6].timestamp,
      }),
    );
    expect(head.events?.map((e) => e.message)).toEqual(['line 3', 'line 4', 'line 5']);
    const both = await failure(
      t.logs.send(new GetLogEventsCommand({ logGroupName: '/get', logGroupIdentifier: '/get', logStreamName: 's' })),
    );
    expect(both.name).toBe('InvalidParameterException');
  });
});

describe('FilterLogEvents', () => {
  const lines = [
    'INFO GET /api/orders 200 12ms',
    'ERROR upstream timed out: INTERNAL SERVER ERROR',
    'WARN slow query 250ms',
    '{"level":"error","latency":120,"user":{"id":7},"tags":["a","b"],"ok":false,"gone":null}',
    '{"level":"info","latency":20,"user":{"id":8},"ok":true}',
    '10.0.0.1 - - [01/Jan/2026:00:00:00 +0000] "GET /index.html HTTP/1.1" 404 512',
    'ERROR ARGUMENTS missing',
  ];

  beforeAll(async () => {
    await streamWith(
      '/filter',
      'app/web/1',
      lines.slice(0, 4).map((message, i) => ({ timestamp: START - 10_000 + i, message })),
    );
    await streamWith(
      '/filter',
      'app/web/2',
      lines.slice(4).map((message, i) => ({ timestamp: START - 10_000 + 4 + i, message })),
    );
  });

  const matching = async (filterPattern: string, more: object = {}) =>
    (await t.logs.send(new FilterLogEventsCommand({ logGroupName: '/filter', filterPattern, ...more }))).events?.map(
      (e) => e.message,
    );

  it('matches terms, phrases, alternatives and exclusions, case-sensitively', async () => {
    expect(await matching('ERROR')).toEqual([lines[1], lines[6]]);
    expect(await matching('error')).toEqual([lines[3]]);
    expect(await matching('ERROR -ARGUMENTS')).toEqual([lines[1]]);
    expect(await matching('"INTERNAL SERVER ERROR"')).toEqual([lines[1]]);
    expect(await matching('?WARN ?404')).toEqual([lines[2], lines[5]]);
    expect(await matching('" "')).toHaveLength(lines.length);
  });

  it('matches JSON patterns on JSON messages only', async () => {
    expect(await matching('{ $.level = "error" }')).toEqual([lines[3]]);
    expect(await matching('{ $.latency > 50 }')).toEqual([lines[3]]);
    expect(await matching('{ ($.user.id = 8) || ($.tags[1] = "b") }')).toEqual([lines[3], lines[4]]);
    expect(await matching('{ $.level = err* && $.ok IS FALSE }')).toEqual([lines[3]]);
    expect(await matching('{ $.gone IS NULL }')).toEqual([lines[3]]);
    expect(await matching('{ $.tags NOT EXISTS }')).toEqual([lines[4]]);
  });

  it('matches space-delimited patterns', async () => {
    expect(await matching('[ip, id, user, timestamp, request, status_code = 4*, bytes]')).toEqual([lines[5]]);
    expect(await matching('[w1 = ERROR, ...]')).toEqual([lines[1], lines[6]]);
  });

  it('filters by stream names or prefix and time range, and refuses both or a broken pattern', async () => {
    expect(await matching('', { logStreamNames: ['app/web/2'] })).toEqual(lines.slice(4));
    expect(await matching('ERROR', { logStreamNamePrefix: 'app/web/1' })).toEqual([lines[1]]);
    expect(await matching('', { startTime: START - 10_000 + 2, endTime: START - 10_000 + 4 })).toEqual(lines.slice(2, 4));
    const both = await failure(
      t.logs.send(new FilterLogEventsCommand({ logGroupName: '/filter', logStreamNames: ['x'], logStreamNamePrefix: 'x' })),
    );
    expect(both.name).toBe('InvalidParameterException');
    const broken = await failure(
      t.logs.send(new FilterLogEventsCommand({ logGroupName: '/filter', filterPattern: '{ $.a > "x" }' })),
    );
    expect(broken.name).toBe('InvalidParameterException');
    expect(broken.message).toMatch(/^Invalid filter pattern: .*compares numbers/);
  });

  it('answers every field aws logs tail reads, and pages with nextToken', async () => {
    const first = await t.logs.send(new FilterLogEventsCommand({ logGroupName: '/filter', limit: 3 }));
    expect(first.events?.[0]).toEqual({
      logStreamName: 'app/web/1',
      timestamp: START - 10_000,
      message: lines[0],
      ingestionTime: START,
      eventId: expect.stringMatching(/^\d{56}$/),
    });
    expect(first.searchedLogStreams).toEqual([]);
    const seen = [...(first.events ?? [])];
    let token = first.nextToken;
    while (token) {
      const page = await t.logs.send(new FilterLogEventsCommand({ logGroupName: '/filter', limit: 3, nextToken: token }));
      seen.push(...(page.events ?? []));
      token = page.nextToken;
    }
    expect(seen.map((e) => e.message)).toEqual(lines);
    expect(new Set(seen.map((e) => e.eventId)).size).toBe(lines.length);
    const forged = await failure(t.logs.send(new FilterLogEventsCommand({ logGroupName: '/filter', nextToken: 'garbage!' })));
    expect(forged).toEqual({ name: 'InvalidParameterException', message: 'The specified nextToken is invalid.' });
  });

  it('says which group is missing', async () => {
    const e = await failure(t.logs.send(new FilterLogEventsCommand({ logGroupName: '/nope' })));
    expect(e).toEqual({ name: 'ResourceNotFoundException', message: 'The specified log group does not exist.' });
    expect(ResourceNotFoundException).toBeDefined();
  });
});
