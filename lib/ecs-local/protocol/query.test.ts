// The AWS Query adapter on a small model of its own: every encoding botocore's QuerySerializer produces is decoded
// into the input shape, and answers and errors come out as botocore's QueryParser reads them.
import { describe, expect, it } from 'vitest';
import { checkQueryAnswer, parseQueryError, parseXml } from '../testing/xml-conformance';
import { ApiModel, type RawModel } from './api-model';
import { QueryProtocol } from './query';

const raw: RawModel = {
  metadata: {
    apiVersion: '2010-08-01',
    protocol: 'query',
    xmlNamespace: 'http://example.com/doc/2010-08-01/',
    signingName: 'monitoring',
  },
  operations: {
    PutThing: {
      input: { shape: 'PutThingInput' },
      output: { shape: 'PutThingOutput', resultWrapper: 'PutThingResult' } as never,
    },
  },
  shapes: {
    PutThingInput: {
      type: 'structure',
      required: ['Name'],
      members: {
        Name: { shape: 'Str' },
        Count: { shape: 'Int' },
        Ratio: { shape: 'Dbl' },
        Enabled: { shape: 'Bool' },
        At: { shape: 'Time' },
        Values: { shape: 'StrList' },
        Flat: { shape: 'FlatList' },
        Labels: { shape: 'StrMap' },
        Nested: { shape: 'Pair' },
        Pairs: { shape: 'PairList' },
      },
    },
    PutThingOutput: {
      type: 'structure',
      members: {
        Name: { shape: 'Str' },
        At: { shape: 'Time' },
        Values: { shape: 'StrList' },
        Labels: { shape: 'StrMap' },
        Pairs: { shape: 'PairList' },
        Enabled: { shape: 'Bool' },
      },
    },
    Pair: { type: 'structure', members: { Key: { shape: 'Str' }, Value: { shape: 'Int' } } },
    PairList: { type: 'list', member: { shape: 'Pair' } },
    StrList: { type: 'list', member: { shape: 'Str' } },
    FlatList: { type: 'list', member: { shape: 'Str' }, flattened: true } as never,
    StrMap: { type: 'map', key: { shape: 'Str' }, value: { shape: 'Str' } },
    Str: { type: 'string' },
    Int: { type: 'integer' },
    Dbl: { type: 'double' },
    Bool: { type: 'boolean' },
    Time: { type: 'timestamp' },
  },
};

const service = {
  name: 'example',
  model: new ApiModel(raw),
  errors: { serialization: (message: string) => Object.assign(new Error(message), { type: 'ValidationError' }) },
};
const query = new QueryProtocol([service]);
const post = () => ({ method: 'POST', url: '/', headers: { 'content-type': 'application/x-www-form-urlencoded' } });

function decode(params: string): Record<string, unknown> {
  const body = Buffer.from(`Action=PutThing&Version=2010-08-01&${params}`);
  return query.input(service, post(), body);
}

describe('AWS Query input', () => {
  it('decodes scalars, lists, flattened lists, maps and nested structures into the input shape', () => {
    const input = decode(
      [
        'Name=a%20b',
        'Count=-3',
        'Ratio=0.25',
        'Enabled=true',
        'At=2026-01-01T00%3A00%3A00Z',
        'Values.member.2=second',
        'Values.member.1=first',
        'Flat.1=x',
        'Flat.2=y',
        'Labels.entry.1.key=team',
        'Labels.entry.1.value=web',
        'Nested.Key=k',
        'Nested.Value=7',
        'Pairs.member.1.Key=p',
        'Pairs.member.1.Value=1',
      ].join('&'),
    );
    expect(input).toEqual({
      Name: 'a b',
      Count: -3,
      Ratio: 0.25,
      Enabled: true,
      At: '2026-01-01T00:00:00Z',
      Values: ['first', 'second'],
      Flat: ['x', 'y'],
      Labels: { team: 'web' },
      Nested: { Key: 'k', Value: 7 },
      Pairs: [{ Key: 'p', Value: 1 }],
    });
    expect(service.model.validateInput('PutThing', input, { serialization: Error, invalid: Error } as never).At).toBe(
      Date.UTC(2026, 0, 1) / 1000,
    );
  });

  it('reads an empty list as [] and keeps unknown parameters for validation to name', () => {
    expect(decode('Name=n&Values=&Bogus.member.1=z')).toEqual({ Name: 'n', Values: [], Bogus: 'Bogus' });
  });

  it('refuses values that do not parse as their type, naming the parameter', () => {
    expect(() => decode('Name=n&Count=three')).toThrow("Invalid value 'three' for parameter Count: expected an integer.");
    expect(() => decode('Name=n&Enabled=yes')).toThrow("Invalid value 'yes' for parameter Enabled: expected true or false.");
    expect(() => decode('Name=n&Pairs.member.1.Value=1.5')).toThrow('for parameter Pairs.member.1.Value: expected an integer');
  });

  it('routes by the SigV4 service name and the Version', () => {
    const signed = {
      ...post(),
      headers: { ...post().headers, authorization: 'AWS4-HMAC-SHA256 Credential=k/20260101/eu-west-1/monitoring/aws4_request' },
    };
    expect(query.route(signed, Buffer.from('Action=PutThing&Version=2010-08-01')).service).toBe(service);
    expect(query.route(signed, Buffer.from('Action=PutThing&Version=2015-12-01')).service).toBeUndefined();
    expect(query.matches({ method: 'GET', url: '/?Action=PutThing&Version=2010-08-01', headers: {} })).toBe(true);
    expect(
      query.matches({
        method: 'POST',
        url: '/',
        headers: { 'x-amz-target': 'X.Y', 'content-type': 'application/x-www-form-urlencoded' },
      }),
    ).toBe(false);
  });
});

describe('AWS Query answers', () => {
  it('writes the result wrapper, lists, maps, timestamps and booleans as the model says', () => {
    const body = query.encode(
      service,
      {
        Name: 'n & <m>',
        At: Date.UTC(2026, 0, 1, 0, 0, 0, 920) / 1000,
        Values: ['a'],
        Labels: { k: 'v' },
        Pairs: [],
        Enabled: false,
        _private: 1,
      },
      'PutThing',
    );
    const answered = String(query.respond(service, body).body);
    expect(answered).toContain(
      '<PutThingResult><Name>n &amp; &lt;m&gt;</Name><At>2026-01-01T00:00:00.920Z</At><Values><member>a</member></Values><Labels><entry><key>k</key><value>v</value></entry></Labels><Pairs></Pairs><Enabled>false</Enabled></PutThingResult>',
    );
    expect(checkQueryAnswer(service.model, 'PutThing', answered)).toEqual([]);
    expect(parseXml(answered).children[0].name).toBe('PutThingResponse');
  });

  it('refuses to write a member the output shape does not have (an engine bug, never sent half-right)', () => {
    expect(() => query.encode(service, { Nope: 1 }, 'PutThing')).toThrow('PutThing.Nope is not in the output shape');
  });

  it('writes errors as <ErrorResponse> with Sender or Receiver by status', () => {
    const client = query.encodeError(service, { type: 'ValidationError', message: 'bad <input>', status: 400 });
    expect(client.status).toBe(400);
    expect(parseQueryError(String(client.body))).toMatchObject({
      code: 'ValidationError',
      message: 'bad <input>',
      type: 'Sender',
    });
    expect(
      parseQueryError(String(query.encodeError(service, { type: 'InternalFailure', message: 'x', status: 500 }).body)).type,
    ).toBe('Receiver');
  });
});
