import autocannon from 'autocannon';

export interface LoadResult {
  perSecond: number;
  p50: number;
  p99: number;
  /** responses that were not a 200 with `data` and no `errors`, and connection errors */
  failures: number;
}

export interface ReadRequest {
  query: string;
  variables?: Record<string, unknown>;
  /** a member's access token; none: an anonymous visitor */
  token?: string;
}

/** `connections` clients sending one request each after the other for `seconds` s (autocannon). */
export async function load(
  url: string,
  request: ReadRequest,
  connections: number,
  seconds: number,
): Promise<LoadResult> {
  let failures = 0;
  const result = await autocannon({
    url,
    method: 'POST',
    connections,
    duration: seconds,
    headers: {
      'content-type': 'application/json',
      ...(request.token ? { authorization: `Bearer ${request.token}` } : {}),
    },
    body: JSON.stringify({ query: request.query, variables: request.variables ?? {} }),
    setupClient: (client) =>
      client.on('body', (body) => {
        const text = body.toString();
        if (!text.startsWith('{"data":') || text.includes('"errors":')) failures += 1;
      }),
  });
  return {
    perSecond: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures: failures + result.errors + result.non2xx,
  };
}
