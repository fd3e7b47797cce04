// The Authorization header of a hand-made request: the engine requires one (any signature) and reads the Region
// and, for AWS Query, the service from its credential scope.

/** A SigV4-shaped Authorization header for `service` (its signing name) in `region`; the signature is not checked. */
export function testAuthorization(service: string, region = 'us-east-1'): string {
  return `AWS4-HMAC-SHA256 Credential=test/20260101/${region}/${service}/aws4_request, SignedHeaders=host, Signature=0`;
}
