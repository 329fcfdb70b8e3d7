export * from '../platform/schema.ts';
