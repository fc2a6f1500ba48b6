// ESLint (flat config): typescript-eslint with type information for the rules that catch real bugs in
// async NestJS code (a promise nobody awaits, a switch that forgets a case), and eslint-plugin-boundaries
// for the module boundaries the folder tree promises: apps use libs through their `@techmarket/*` entry
// point only, and a lib uses only the libs below it in the graph below (never an app, never in a cycle).
// `npm run lint`; the unit tier runs it too (scripts/lint.spec.ts), so a violation fails `npm test`.
import boundaries from 'eslint-plugin-boundaries';
import tseslint from 'typescript-eslint';

/** Which libs each lib may import: the dependency graph of the domains, from the bottom up. */
const LIB_DEPENDENCIES = {
  shared: [],
  notifications: ['shared'],
  identity: ['shared', 'notifications'],
  catalog: ['shared', 'identity'],
  stats: ['shared'],
  matching: ['shared', 'identity', 'catalog'],
  trading: ['shared', 'identity', 'notifications', 'catalog'],
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'test-results/**',
      'migrations/**',
      '**/*.mjs',
      '**/*.js',
    ],
  },
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.base],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { boundaries },
    settings: {
      'import/resolver': { typescript: { project: './tsconfig.json' } },
      'boundaries/elements': [
        { type: 'app', pattern: 'apps/*', capture: ['app'] },
        { type: 'lib', pattern: 'libs/*', capture: ['lib'] },
        { type: 'test', pattern: 'test' },
        { type: 'scripts', pattern: 'scripts' },
      ],
      'boundaries/include': ['apps/**/*.ts', 'libs/**/*.ts', 'test/**/*.ts', 'scripts/**/*.ts'],
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true, requireDefaultForNonUnion: false },
      ],
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
      'boundaries/element-types': [
        'error',
        {
          default: 'disallow',
          rules: [
            { from: 'app', allow: ['lib'] },
            ...Object.entries(LIB_DEPENDENCIES).map(([lib, deps]) => ({
              from: [['lib', { lib }]],
              allow: deps.map((dep) => ['lib', { lib: dep }]),
            })),
            { from: ['test', 'scripts'], allow: ['app', 'lib', 'test', 'scripts'] },
          ],
        },
      ],
      // another project is reached through its index.ts (`@techmarket/x`), never a file inside it; shared's
      // text utilities are a second entry, for tools that score text without loading Nest
      'boundaries/entry-point': [
        'error',
        {
          default: 'disallow',
          rules: [
            { target: ['lib'], allow: 'src/index.ts' },
            { target: [['lib', { lib: 'shared' }]], allow: 'src/text/*.ts' },
            { target: ['app', 'test', 'scripts'], allow: '**' },
          ],
        },
      ],
    },
  },
  {
    // white-box tests of repositories and the benchmarks may reach inside a lib
    files: ['test/**/*.ts', 'scripts/**/*.ts'],
    rules: { 'boundaries/entry-point': 'off' },
  },
);
