export * from './catalog.module.js';
export * from './fields/fields.service.js';
export * from './fields/field.entity.js';
export * from './fields/taxonomy.js';
export * from './common/catalog.enums.js';
export * from './achievements/achievement.entity.js';
export * from './achievements/achievements.service.js';
