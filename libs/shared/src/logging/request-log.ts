/** What pino-std-serializers hands a request serializer (the raw request's summary). */
export interface SerializedRequest {
  id?: unknown;
  method?: string;
  url?: string;
  remoteAddress?: string;
  headers?: Record<string, string | string[] | undefined>;
}

/**
 * The request as it appears in the logs: its id, method, URL, peer and user agent. Never its other
 * headers, so no token or cookie reaches a log line, whatever the redaction list says.
 */
export const requestLogFields = (req: SerializedRequest) => ({
  id: req.id,
  method: req.method,
  url: req.url,
  remoteAddress: req.remoteAddress,
  userAgent: req.headers?.['user-agent'],
});
