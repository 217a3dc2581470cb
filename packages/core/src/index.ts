export * from './schema.js';
export * from './normalize/offset-map.js';
