export * from '../platform/schema.ts';
export * from '../plans/schema.ts';
