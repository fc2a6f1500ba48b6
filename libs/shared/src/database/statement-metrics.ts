import { Counter, register } from 'prom-client';
import type { Logger as TypeOrmLogger } from 'typeorm';

/** Every SQL statement this process sends, on `/metrics`: the figure that shows an N+1 at once. */
export const dbStatements = new Counter({
  name: 'db_statements_total',
  help: 'SQL statements sent to Postgres',
  registers: [register],
});

export const dbErrors = new Counter({
  name: 'db_statement_errors_total',
  help: 'SQL statements that Postgres refused',
  registers: [register],
});

/** A TypeORM logger that counts rather than prints (pino logs the requests; statements would drown them). */
export class StatementMetricsLogger implements TypeOrmLogger {
  logQuery(): void {
    dbStatements.inc();
  }
  logQueryError(): void {
    dbErrors.inc();
  }
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
