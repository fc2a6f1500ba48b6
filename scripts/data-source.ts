import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions, loadConfig } from '@techmarket/shared';
import { allEntities } from './entities.js';

/** For the TypeORM CLI: `npm run migration:generate -- migrations/Name` (a development tool: it signs no token). */
export default new DataSource(
  dataSourceOptions(loadConfig({ NODE_ENV: 'development', ...process.env }).databaseUrl, allEntities),
);
