// The whole contract between Fanben and its indicator plugins; it depends on nothing.
export * from './i18n.js';
export * from './fields.js';
export * from './validate.js';
export * from './describe.js';
export * from './indicator.js';
export * from './conditions.js';
export * from './testing.js';
