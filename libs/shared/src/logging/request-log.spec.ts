import { requestLogFields } from './request-log.js';

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
