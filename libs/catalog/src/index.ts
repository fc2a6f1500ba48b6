export * from './catalog.module.js';
export * from './fields/fields.service.js';
export * from './fields/field.entity.js';
export * from './fields/taxonomy.js';
