// GraphQL Code Generator (client preset): the operations in apps/web/src typed from the served schema
// (apps/web/schema.graphql, printed from the API's resolvers by scripts/print-schema.ts). `npm run codegen`
// writes apps/web/src/graphql/; the unit test apps/web/codegen.spec.ts fails when either is stale.
// CODEGEN_SCHEMA and CODEGEN_OUT redirect input and output (the staleness test generates into a temp dir).
const schema = process.env.CODEGEN_SCHEMA ?? 'apps/web/schema.graphql';
const out = process.env.CODEGEN_OUT ?? 'apps/web/src/graphql/';

export default {
  schema,
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/graphql/**'],
  ignoreNoDocuments: true,
  generates: {
    [out]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', Money: 'string' },
      },
    },
  },
};
