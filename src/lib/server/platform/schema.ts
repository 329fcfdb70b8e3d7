import { sql } from 'drizzle-orm';
import {
	type AnyPgColumn,
	bigserial,
	boolean,
	index,
	integer,
	jsonb,
	pgTable,
	primaryKey,
	text,
	timestamp,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { createdAt, oneOf, updatedAt } from './columns.ts';
import { agencyKinds, locales, roles } from './kinds.ts';

export const agencies = pgTable(
	'agencies',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		code: text('code').notNull(),
		kind: text('kind', { enum: agencyKinds }).notNull(),
		nameTh: text('name_th').notNull(),
		nameEn: text('name_en').notNull(),
		abbrTh: text('abbr_th'),
		parentId: uuid('parent_id').references((): AnyPgColumn => agencies.id),
		geocode: text('geocode'),
		verified: boolean('verified').notNull().default(true),
		createdAt: createdAt(),
		updatedAt: updatedAt()
	},
	(table) => [
		uniqueIndex('agencies_code_key').on(table.code),
		index('agencies_parent_idx').on(table.parentId),
		index('agencies_name_th_trgm_idx').using('gin', sql`${table.nameTh} gin_trgm_ops`),
		index('agencies_name_en_trgm_idx').using('gin', sql`${table.nameEn} gin_trgm_ops`),
		oneOf('agencies_kind_check', table.kind, agencyKinds)
	]
);

export const users = pgTable(
	'users',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		username: text('username').notNull(),
		displayName: text('display_name').notNull(),
		email: text('email'),
		passwordHash: text('password_hash').notNull(),
		roles: text('roles', { enum: roles }).array().notNull(),
		locale: text('locale', { enum: locales }).notNull().default('th'),
		active: boolean('active').notNull().default(true),
		version: integer('version').notNull().default(1),
		createdAt: createdAt(),
		updatedAt: updatedAt()
	},
	(table) => [
		uniqueIndex('users_username_key').on(sql`lower(${table.username})`),
		oneOf('users_roles_check', table.roles, roles),
		oneOf('users_locale_check', table.locale, locales)
	]
);

export const userAgencies = pgTable(
	'user_agencies',
	{
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		agencyId: uuid('agency_id')
			.notNull()
			.references(() => agencies.id, { onDelete: 'restrict' })
	},
	(table) => [
		primaryKey({ columns: [table.userId, table.agencyId] }),
		index('user_agencies_agency_idx').on(table.agencyId)
	]
);

export const sessions = pgTable(
	'sessions',
	{
		id: text('id').primaryKey(),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		createdAt: createdAt()
	},
	(table) => [
		index('sessions_user_idx').on(table.userId),
		index('sessions_expires_at_idx').on(table.expiresAt)
	]
);

export const apiTokens = pgTable(
	'api_tokens',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		tokenHash: text('token_hash').notNull(),
		prefix: text('prefix').notNull(),
		expiresAt: timestamp('expires_at', { withTimezone: true }),
		lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
		revokedAt: timestamp('revoked_at', { withTimezone: true }),
		createdAt: createdAt()
	},
	(table) => [
		uniqueIndex('api_tokens_hash_key').on(table.tokenHash),
		index('api_tokens_user_idx').on(table.userId)
	]
);

export const loginFailures = pgTable(
	'login_failures',
	{
		id: bigserial('id', { mode: 'number' }).primaryKey(),
		username: text('username').notNull(),
		ip: text('ip').notNull(),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		index('login_failures_username_at_idx').on(table.username, table.at),
		index('login_failures_ip_at_idx').on(table.ip, table.at)
	]
);

export const auditLog = pgTable(
	'audit_log',
	{
		id: bigserial('id', { mode: 'number' }).primaryKey(),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
		actorId: uuid('actor_id'),
		actorLabel: text('actor_label').notNull(),
		action: text('action').notNull(),
		entityType: text('entity_type').notNull(),
		entityId: text('entity_id').notNull(),
		before: jsonb('before'),
		after: jsonb('after'),
		requestId: text('request_id')
	},
	(table) => [
		index('audit_log_at_idx').on(table.at),
		index('audit_log_entity_idx').on(table.entityType, table.entityId),
		index('audit_log_actor_idx').on(table.actorId)
	]
);

/**
 * Per built-in record (kind + natural key): the field values last applied from its data file,
 * and the fields where both a person and the file changed it since, awaiting an administrator.
 */
export const builtinBaselines = pgTable(
	'builtin_baselines',
	{
		kind: text('kind').notNull(),
		key: text('key').notNull(),
		entityId: text('entity_id').notNull(),
		label: text('label').notNull(),
		applied: jsonb('applied').$type<Record<string, unknown>>().notNull(),
		pending: jsonb('pending')
			.$type<Record<string, { person: unknown; file: unknown }>>()
			.notNull()
			.default({}),
		updatedAt: updatedAt()
	},
	(table) => [primaryKey({ columns: [table.kind, table.key] })]
);
