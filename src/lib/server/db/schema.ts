export * from '../platform/schema.ts';
export * from '../plans/schema.ts';
export * from '../platform/attachments/schema.ts';
export * from '../projects/schema.ts';
export * from '../search/schema.ts';
export * from '../knowledge/schema.ts';
