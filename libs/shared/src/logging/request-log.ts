/** What pino-std-serializers hands a request serializer (the raw request's summary). */
export interface SerializedRequest {
  id?: unknown;
  method?: string;
  url?: string;
  remoteAddress?: string;
  headers?: Record<string, string | string[] | undefined>;
}

const SECRET_PARAM = /token|password|secret/i;

const decodedName = (raw: string): string => {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return raw;
  }
};

/**
 * A URL as it may be logged: the value of every query parameter whose name (as the server decodes
 * it: `?%74oken=` is `token`) says token, password or secret is replaced by `[REDACTED]`.
 */
export function redactUrl(url: string | undefined): string | undefined {
  const at = url?.indexOf('?') ?? -1;
  if (url === undefined || at < 0) return url;
  const [query, fragment] = url.slice(at + 1).split(/(?=#)/);
  const kept = query
    .split('&')
    .map((part) => {
      const name = part.split('=')[0];
      return SECRET_PARAM.test(decodedName(name)) ? `${name}=[REDACTED]` : part;
    })
    .join('&');
  return `${url.slice(0, at + 1)}${kept}${fragment ?? ''}`;
}

/**
 * The request as it appears in the logs: its id, method, URL (secrets in its query redacted), peer
 * and user agent. Never its other headers, so no token or cookie reaches a log line, whatever the
 * redaction list says.
 */
export const requestLogFields = (req: SerializedRequest) => ({
  id: req.id,
  method: req.method,
  url: redactUrl(req.url),
  remoteAddress: req.remoteAddress,
  userAgent: req.headers?.['user-agent'],
});

/** The response as it appears in the logs: its status only, never its headers (a Set-Cookie holds a token). */
export const responseLogFields = (res: { statusCode?: number }) => ({ statusCode: res.statusCode });
