// CloudWatch Logs through the real AWS SDK over HTTP: groups, streams, PutLogEvents' rules, GetLogEvents' paging
// in both directions and FilterLogEvents with patterns and pages.
import {
  CreateLogGroupCommand,
  CreateLogStreamCommand,
  DeleteLogGroupCommand,
  DeleteLogStreamCommand,
  DescribeLogGroupsCommand,
  DescribeLogStreamsCommand,
  FilterLogEventsCommand,
  GetLogEventsCommand,
  type InputLogEvent,
  PutLogEventsCommand,
  PutRetentionPolicyCommand,
  ResourceAlreadyExistsException,
  ResourceNotFoundException,
} from '@aws-sdk/client-cloudwatch-logs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { START } from '../testing/engine';
import { type ServedTelemetry, servedTelemetry } from '../testing/telemetry';

let t: ServedTelemetry;
beforeAll(async () => {
  t = await servedTelemetry();
});
afterAll(() => t.close());

async function failure(promise: Promise<unknown>): Promise<{ name: string; message: string }> {
  try {
    await promise;
  } catch (err) {
    const e = err as { name: string; message: string };
    return { name: e.name, message: e.message };
  }
  throw new Error('expected the call to fail');
}

async function streamWith(group: string, stream: string, events: InputLogEvent[]): Promise<void> {
  await t.logs.send(new CreateLogGroupCommand({ logGroupName: group })).catch((e) => {
    if (!(e instanceof ResourceAlreadyExistsException)) throw e;
  });
  await t.logs.send(new CreateLogStreamCommand({ logGroupName: group, logStreamName: stream }));
  if (events.length)
    await t.logs.send(new PutLogEventsCommand({ logGroupName: group, logStreamName: stream, logEvents: events }));
}

describe('log groups', () => {
  it('creates, lists in ASCII order with prefix, pattern and pages, and refuses duplicates and bad names', async () => {
    for (const name of ['/ecs/b', '/ecs/a', '/other/x', '/ecs/Zed'])
      await t.logs.send(new CreateLogGroupCommand({ logGroupName: name }));
    const dup = await failure(t.logs.send(new CreateLogGroupCommand({ logGroupName: '/ecs/a' })));
    expect(dup).toEqual({ name: 'ResourceAlreadyExistsException', message: 'The specified log group already exists' });
    const bad = await failure(t.logs.send(new CreateLogGroupCommand({ logGroupName: 'has space' })));
    expect(bad.name).toBe('InvalidParameterException');
    expect(bad.message).toMatch(/regular expression pattern/);
    expect((await failure(t.logs.send(new CreateLogGroupCommand({ logGroupName: 'aws/mine' })))).message).toMatch(/aws\//);

    const page1 = await t.logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: '/ecs/', limit: 2 }));
    expect(page1.logGroups?.map((g) => g.logGroupName)).toEqual(['/ecs/Zed', '/ecs/a']);
    expect(page1.logGroups?.[0]).toMatchObject({
      arn: 'arn:aws:logs:us-east-1:000000000000:log-group:/ecs/Zed:*',
      logGroupArn: 'arn:aws:logs:us-east-1:000000000000:log-group:/ecs/Zed',
      storedBytes: 0,
      metricFilterCount: 0,
      logGroupClass: 'STANDARD',
      creationTime: START,
    });
    const page2 = await t.logs.send(
      new DescribeLogGroupsCommand({ logGroupNamePrefix: '/ecs/', limit: 2, nextToken: page1.nextToken }),
    );
    expect(page2.logGroups?.map((g) => g.logGroupName)).toEqual(['/ecs/b']);
    expect(page2.nextToken).toBeUndefined();
    const byPattern = await t.logs.send(new DescribeLogGroupsCommand({ logGroupNamePattern: 'ther' }));
    expect(byPattern.logGroups).toEqual([
      { logGroupName: '/other/x', creationTime: START, arn: 'arn:aws:logs:us-east-1:000000000000:log-group:/other/x:*' },
    ]);
    const both = await failure(t.logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: '/', logGroupNamePattern: 'x' })));
    expect(both.name).toBe('InvalidParameterException');
  });

  it('takes only the retention periods AWS offers, and deletes a group with its streams and events', async () => {
    await streamWith('/ret/g', 's', [{ timestamp: START - 1000, message: 'hello' }]);
    const bad = await failure(t.logs.send(new PutRetentionPolicyCommand({ logGroupName: '/ret/g', retentionInDays: 2 })));
    expect(bad.name).toBe('InvalidParameterException');
    expect(bad.message).toContain('[1, 3, 5, 7, 14, 30');
    await t.logs.send(new PutRetentionPolicyCommand({ logGroupName: '/ret/g', retentionInDays: 7 }));
    const group = (await t.logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: '/ret/' }))).logGroups?.[0];
    expect(group).toMatchObject({ retentionInDays: 7, storedBytes: 5 });
    await t.logs.send(new DeleteLogGroupCommand({ logGroupName: '/ret/g' }));
    const gone = await failure(t.logs.send(new FilterLogEventsCommand({ logGroupName: '/ret/g' })));
    expect(gone).toEqual({ name: 'ResourceNotFoundException', message: 'The specified log group does not exist.' });
    expect(await failure(t.logs.send(new DeleteLogGroupCommand({ logGroupName: '/ret/g' })))).toMatchObject({
      name: 'ResourceNotFoundException',
    });
  });
});

describe('log streams and PutLogEvents', () => {
  it('lists streams by name or by last event time, and refuses a prefix with LastEventTime', async () => {
    await streamWith('/streams', 'b', [{ timestamp: START - 5000, message: 'b' }]);
    await streamWith('/streams', 'a', [{ timestamp: START - 1000, message: 'a' }]);
    await streamWith('/streams', 'c', []);
    const byName = await t.logs.send(new DescribeLogStreamsCommand({ logGroupName: '/streams' }));
    expect(byName.logStreams?.map((s) => s.logStreamName)).toEqual(['a', 'b', 'c']);
    expect(byName.logStreams?.[0]).toMatchObject({
      firstEventTimestamp: START - 1000,
      lastEventTimestamp: START - 1000,
      lastIngestionTime: START,
      arn: 'arn:aws:logs:us-east-1:000000000000:log-group:/streams:log-stream:a',
    });
    const newest = await t.logs.send(
      new DescribeLogStreamsCommand({ logGroupName: '/streams', orderBy: 'LastEventTime', descending: true, limit: 1 }),
    );
    expect(newest.logStreams?.map((s) => s.logStreamName)).toEqual(['a']);
    const next = await t.logs.send(
      new DescribeLogStreamsCommand({
        logGroupName: '/streams',
        orderBy: 'LastEventTime',
        descending: true,
        limit: 1,
        nextToken: newest.nextToken,
      }),
    );
    expect(next.logStreams?.map((s) => s.logStreamName)).toEqual(['b']);
    const refused = await failure(
      t.logs.send(
        new DescribeLogStreamsCommand({ logGroupName: '/streams', orderBy: 'LastEventTime', logStreamNamePrefix: 'a' }),
      ),
    );
    expect(refused).toEqual({
      name: 'InvalidParameterException',
      message: 'Cannot order by LastEventTime with a logStreamNamePrefix.',
    });
    expect(
      (await failure(t.logs.send(new CreateLogStreamCommand({ logGroupName: '/streams', logStreamName: 'a' })))).message,
    ).toBe('The specified log stream already exists');
    expect(
      (await failure(t.logs.send(new CreateLogStreamCommand({ logGroupName: '/streams', logStreamName: 'x:y' })))).name,
    ).toBe('InvalidParameterException');
    await t.logs.send(new DeleteLogStreamCommand({ logGroupName: '/streams', logStreamName: 'c' }));
    expect(
      (await t.logs.send(new DescribeLogStreamsCommand({ logGroupName: '/streams' }))).logStreams?.map((s) => s.logStreamName),
    ).toEqual(['a', 'b']);
  });

  it('refuses unordered batches and reports too new, too old and expired events one by one', async () => {
    await streamWith('/put', 's', []);
    const unordered = await failure(
      t.logs.send(
        new PutLogEventsCommand({
          logGroupName: '/put',
          logStreamName: 's',
          logEvents: [
            { timestamp: START, message: 'b' },
            { timestamp: START - 1, message: 'a' },
          ],
        }),
      ),
    );
    expect(unordered).toEqual({
      name: 'InvalidParameterException',
      message: 'Log events in a single PutLogEvents request must be in chronological order.',
    });
    const tooLong = await failure(
      t.logs.send(
        new PutLogEventsCommand({
          logGroupName: '/put',
          logStreamName: 's',
          logEvents: [
            { timestamp: START - 2 * 86_400_000, message: 'a' },
            { timestamp: START, message: 'b' },
          ],
        }),
      ),
    );
    expect(tooLong.message).toBe('The batch of log events in a single PutLogEvents request cannot span more than 24 hours.');
    const missing = await failure(
      t.logs.send(
        new PutLogEventsCommand({ logGroupName: '/put', logStreamName: 'nope', logEvents: [{ timestamp: START, message: 'x' }] }),
      ),
    );
    expect(missing).toEqual({ name: 'ResourceNotFoundException', message: 'The specified log stream does not exist.' });
    const day = 86_400_000;
    const out = await t.logs.send(
      new PutLogEventsCommand({
        logGroupName: '/put',
        logStreamName: 's',
        logEvents: [
          { timestamp: START - 14 * day - 7_200_000, message: 'too old' },
          { timestamp: START - 14 * day - 3_600_000, message: 'too old too' },
          { timestamp: START - 14 * day + 3_600_000, message: 'kept' },
        ],
      }),
    );
    expect(out.rejectedLogEventsInfo).toEqual({ tooOldLogEventEndIndex: 2 });
    const ahead = await t.logs.send(
      new PutLogEventsCommand({
        logGroupName: '/put',
        logStreamName: 's',
        logEvents: [
          { timestamp: START, message: 'now' },
          { timestamp: START + 3 * 3_600_000, message: 'too new' },
        ],
      }),
    );
    expect(ahead.rejectedLogEventsInfo).toEqual({ tooNewLogEventStartIndex: 1 });
    await t.logs.send(new PutRetentionPolicyCommand({ logGroupName: '/put', retentionInDays: 1 }));
    const expired = await t.logs.send(
      new PutLogEventsCommand({
        logGroupName: '/put',
        logStreamName: 's',
        logEvents: [
          { timestamp: START - day - 3_600_000, message: 'expired' },
          { timestamp: START - 3_600_000, message: 'fresh' },
        ],
      }),
    );
    expect(expired.rejectedLogEventsInfo).toEqual({ expiredLogEventEndIndex: 1 });
    const kept = await t.logs.send(new FilterLogEventsCommand({ logGroupName: '/put' }));
    expect(kept.events?.map((e) => e.message)).toEqual(['kept', 'fresh', 'now']);
  });
});

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
