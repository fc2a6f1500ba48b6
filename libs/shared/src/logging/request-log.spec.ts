import { redactUrl, requestLogFields, responseLogFields } from './request-log.js';

describe('requestLogFields', () => {
  it('logs the id, method, URL, peer and user agent, and no token or cookie', () => {
    const fields = requestLogFields({
      id: 'r-1',
      method: 'POST',
      url: '/graphql',
      remoteAddress: '127.0.0.1',
      headers: {
        authorization: 'Bearer secret-token',
        cookie: 'admin=secret-cookie',
        'user-agent': 'curl/8',
      },
    });
    expect(fields).toEqual({
      id: 'r-1',
      method: 'POST',
      url: '/graphql',
      remoteAddress: '127.0.0.1',
      userAgent: 'curl/8',
    });
    expect(JSON.stringify(fields)).not.toMatch(/secret/);
  });
});

describe('redactUrl', () => {
  it.each([
    ['/admin/queues?token=eyJ.secret.sig', '/admin/queues?token=[REDACTED]'],
    ['/admin/queues/api?page=1&token=s3cret&x=2', '/admin/queues/api?page=1&token=[REDACTED]&x=2'],
    ['/a?%74oken=s3cret', '/a?%74oken=[REDACTED]'],
    ['/a?access_token=s3cret#top', '/a?access_token=[REDACTED]#top'],
    ['/a?Token[]=s3cret&password=p', '/a?Token[]=[REDACTED]&password=[REDACTED]'],
    ['/a?%E0%A4%A=1', '/a?%E0%A4%A=1'],
    ['/graphql', '/graphql'],
  ])('%s is logged as %s', (url, logged) => {
    expect(redactUrl(url)).toBe(logged);
  });

  it('keeps the token out of the logged request', () => {
    const fields = requestLogFields({ method: 'GET', url: '/admin/queues?token=secret-token' });
    expect(JSON.stringify(fields)).not.toMatch(/secret/);
  });
});

describe('responseLogFields', () => {
  it('logs the status and no header', () => {
    expect(
      responseLogFields({ statusCode: 200, headers: { 'set-cookie': 'tm_admin=secret' } } as never),
    ).toEqual({
      statusCode: 200,
    });
  });
});
