export * from './notifications.module.js';
export * from './notifications.service.js';
export * from './notification.entity.js';
export * from './notification.model.js';
