export * from './roles.js';
export * from './error-codes.js';
export * from './messages.js';
export * from './money.js';
export * from './dates.js';
export * from './validation.js';
export * from './slug.js';
