import { consolePage } from './console-route.js';

const HTML = 'text/html,application/xhtml+xml,*/*;q=0.8';

describe('consolePage', () => {
  it('gives browsers the console for its pages (the SPA fallback) and GraphiQL at /graphql', () => {
    expect(consolePage('GET', '/', HTML)).toBe('index');
    expect(consolePage('GET', '/trade/123', HTML)).toBe('index');
    expect(consolePage('GET', '/graphqlish', HTML)).toBe('index');
    expect(consolePage('GET', '/graphql', HTML)).toBe('explorer');
  });

  it('leaves the API paths, assets, non-HTML and non-GET requests alone', () => {
    for (const path of [
      '/health',
      '/health/live',
      '/metrics',
      '/admin/queues',
      '/admin/queues/api/x',
      '/assets/a.js',
    ])
      expect(consolePage('GET', path, HTML)).toBeNull();
    expect(consolePage('GET', '/graphql', 'application/json')).toBeNull();
    expect(consolePage('POST', '/graphql', HTML)).toBeNull();
    expect(consolePage('GET', '/', undefined)).toBeNull();
  });
});
