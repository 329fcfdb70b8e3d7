export * from '../platform/schema.ts';
export * from '../plans/schema.ts';
export * from '../platform/attachments/schema.ts';
export * from '../projects/schema.ts';
export * from '../projects/rounds/schema.ts';
export * from '../partners/schema.ts';
export * from '../engagements/schema.ts';
