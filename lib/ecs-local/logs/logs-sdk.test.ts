// CloudWatch Logs through the real AWS SDK over HTTP: groups, streams and PutLogEvents' rules (reading events:
// read-events-sdk.test.ts).
import {
  CreateLogGroupCommand,
  CreateLogStreamCommand,
  DeleteLogGroupCommand,
  DeleteLogStreamCommand,
  DescribeLogGroupsCommand,
  DescribeLogStreamsCommand,
  FilterLogEventsCommand,
  type InputLogEvent,
  PutLogEventsCommand,
  PutRetentionPolicyCommand,
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
