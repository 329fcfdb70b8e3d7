import {
	date,
	index,
	timestamp,
	integer,
	jsonb,
	pgTable,
	primaryKey,
	text,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { createdAt, oneOf, updatedAt } from '../platform/columns.ts';
import { agencies, users } from '../platform/schema.ts';
import { agreements, countries, partners } from '../partners/schema.ts';
import { projects } from '../projects/schema.ts';
import { commitmentScopes, commitmentStatuses, engagementKinds, outcomeKinds } from './kinds.ts';

/** A meeting, visit, seminar or the like with partners: what happened and what follows from it. */
export const engagements = pgTable(
	'engagements',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		code: text('code'),
		kind: text('kind', { enum: engagementKinds }).notNull(),
		titleTh: text('title_th').notNull(),
		titleEn: text('title_en'),
		startsOn: date('starts_on').notNull(),
		endsOn: date('ends_on').notNull(),
		venue: text('venue'),
		city: text('city'),
		countryCode: text('country_code').references(() => countries.code, { onDelete: 'restrict' }),
		/** Who hosted: a partner, or Bangkok when empty and the country is Thailand. */
		hostPartnerId: uuid('host_partner_id').references(() => partners.id, { onDelete: 'set null' }),
		organisingAgencyId: uuid('organising_agency_id').references(() => agencies.id, {
			onDelete: 'restrict'
		}),
		themeTh: text('theme_th'),
		topics: jsonb('topics').$type<string[]>().notNull().default([]),
		summaryTh: text('summary_th'),
		projectId: uuid('project_id').references(() => projects.id, { onDelete: 'set null' }),
		version: integer('version').notNull().default(1),
		createdAt: createdAt(),
		updatedAt: updatedAt()
	},
	(table) => [
		uniqueIndex('engagements_code_key').on(table.code),
		index('engagements_starts_idx').on(table.startsOn),
		index('engagements_host_idx').on(table.hostPartnerId),
		oneOf('engagements_kind_check', table.kind, engagementKinds)
	]
);

/** Who took part: a partner or a BMA agency, with how many people and what they presented. */
export const engagementParticipants = pgTable(
	'engagement_participants',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		engagementId: uuid('engagement_id')
			.notNull()
			.references(() => engagements.id, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		partnerId: uuid('partner_id').references(() => partners.id, { onDelete: 'restrict' }),
		agencyId: uuid('agency_id').references(() => agencies.id, { onDelete: 'restrict' }),
		headcount: integer('headcount'),
		presentationTh: text('presentation_th')
	},
	(table) => [
		index('engagement_participants_engagement_idx').on(table.engagementId),
		index('engagement_participants_partner_idx').on(table.partnerId, table.engagementId)
	]
);

export const engagementOutcomes = pgTable(
	'engagement_outcomes',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		engagementId: uuid('engagement_id')
			.notNull()
			.references(() => engagements.id, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		kind: text('kind', { enum: outcomeKinds }).notNull(),
		titleTh: text('title_th').notNull(),
		titleEn: text('title_en'),
		descriptionTh: text('description_th'),
		agreementId: uuid('agreement_id').references(() => agreements.id, { onDelete: 'set null' })
	},
	(table) => [
		index('engagement_outcomes_engagement_idx').on(table.engagementId),
		oneOf('engagement_outcomes_kind_check', table.kind, outcomeKinds)
	]
);

/** A committee set up to carry an engagement's results forward, by a BMA order. */
export const committees = pgTable(
	'committees',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		engagementId: uuid('engagement_id').references(() => engagements.id, { onDelete: 'set null' }),
		orderNumber: text('order_number').notNull(),
		orderDate: date('order_date').notNull(),
		titleTh: text('title_th').notNull(),
		mandateTh: text('mandate_th').notNull(),
		/** Members as the order names them: an agency, a role, or both. */
		members: jsonb('members')
			.$type<{ agencyId: string | null; roleTh: string | null }[]>()
			.notNull()
			.default([]),
		version: integer('version').notNull().default(1),
		createdAt: createdAt(),
		updatedAt: updatedAt()
	},
	(table) => [
		uniqueIndex('committees_order_key').on(table.orderNumber),
		index('committees_engagement_idx').on(table.engagementId)
	]
);

/** Something agreed that someone must do: the follow-up board lists the open ones by agency. */
export const commitments = pgTable(
	'commitments',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		engagementId: uuid('engagement_id')
			.notNull()
			.references(() => engagements.id, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		committeeId: uuid('committee_id').references(() => committees.id, { onDelete: 'set null' }),
		titleTh: text('title_th').notNull(),
		titleEn: text('title_en'),
		descriptionTh: text('description_th'),
		scope: text('scope', { enum: commitmentScopes }).notNull(),
		dueOn: date('due_on'),
		status: text('status', { enum: commitmentStatuses }).notNull().default('open'),
		projectId: uuid('project_id').references(() => projects.id, { onDelete: 'set null' }),
		version: integer('version').notNull().default(1),
		createdAt: createdAt(),
		updatedAt: updatedAt()
	},
	(table) => [
		index('commitments_engagement_idx').on(table.engagementId),
		index('commitments_status_idx').on(table.status),
		oneOf('commitments_scope_check', table.scope, commitmentScopes),
		oneOf('commitments_status_check', table.status, commitmentStatuses)
	]
);

export const commitmentAgencies = pgTable(
	'commitment_agencies',
	{
		commitmentId: uuid('commitment_id')
			.notNull()
			.references(() => commitments.id, { onDelete: 'cascade' }),
		agencyId: uuid('agency_id')
			.notNull()
			.references(() => agencies.id, { onDelete: 'restrict' })
	},
	(table) => [
		primaryKey({ columns: [table.commitmentId, table.agencyId] }),
		index('commitment_agencies_agency_idx').on(table.agencyId)
	]
);

export const commitmentPartners = pgTable(
	'commitment_partners',
	{
		commitmentId: uuid('commitment_id')
			.notNull()
			.references(() => commitments.id, { onDelete: 'cascade' }),
		partnerId: uuid('partner_id')
			.notNull()
			.references(() => partners.id, { onDelete: 'restrict' })
	},
	(table) => [
		primaryKey({ columns: [table.commitmentId, table.partnerId] }),
		index('commitment_partners_partner_idx').on(table.partnerId)
	]
);

/**
 * A user's calendar subscription: the secret of its address is shown once and stored only as its
 * SHA-256 digest, as API tokens are. A user has at most one live feed; revoked ones stay for the
 * audit trail's sake.
 */
export const calendarFeeds = pgTable(
	'calendar_feeds',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		secretHash: text('secret_hash').notNull(),
		createdAt: createdAt(),
		lastReadAt: timestamp('last_read_at', { withTimezone: true }),
		revokedAt: timestamp('revoked_at', { withTimezone: true })
	},
	(table) => [
		uniqueIndex('calendar_feeds_secret_key').on(table.secretHash),
		uniqueIndex('calendar_feeds_live_user_key')
			.on(table.userId)
			.where(sql`${table.revokedAt} IS NULL`)
	]
);
