// `npm run codegen` step one: write the served schema's SDL to apps/web/schema.graphql (no database needed).
import { writeFileSync } from 'node:fs';
import { printServedSchema } from '../apps/api/src/graphql/served-schema.js';

writeFileSync(process.argv[2] ?? 'apps/web/schema.graphql', await printServedSchema());
process.exit(0);
