// Four tiers, one run: unit (pure functions, services with fakes), medium (real Postgres and Redis,
// a database per test file cloned from a migrated template), e2e (the built API and worker as real
// processes, spoken to over HTTP and graphql-ws), browser (the built console in Chromium against them). The code is ESM, as NestJS 12 is: run jest with
// --experimental-vm-modules (scripts/test.sh does).
const swc = ['@swc/jest', { swcrc: true }];
const common = {
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper: {
    '^@techmarket/(.*)$': '<rootDir>/libs/$1/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testEnvironment: 'node',
};

export default {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,scripts}/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'medium',
      testMatch: ['<rootDir>/{apps,libs,test}/**/*.medium-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.mjs',
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.mjs',
    },
    {
      // the built console in Debian's Chromium (playwright-core) against the real API and worker
      ...common,
      displayName: 'browser',
      testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.mjs',
    },
  ],
};
