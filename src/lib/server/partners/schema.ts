import {
	date,
	doublePrecision,
	index,
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
import {
	agreementStatuses,
	agreementTypes,
	datePrecisions,
	partnerKinds,
	partnerStatuses,
	regionGroups,
	type VerifiableFact
} from './kinds.ts';

/** Countries by ISO 3166-1 alpha-2 code, with their UN M49 sub-region and Saphan's region group. */
export const countries = pgTable(
	'countries',
	{
		code: text('code').primaryKey(),
		nameTh: text('name_th').notNull(),
		nameEn: text('name_en').notNull(),
		/** The UN M49 sub-region, in English, e.g. "South-eastern Asia". */
		region: text('region').notNull(),
		regionGroup: text('region_group', { enum: regionGroups }).notNull()
	},
	(table) => [oneOf('countries_region_group_check', table.regionGroup, regionGroups)]
);

export const partners = pgTable(
	'partners',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		/** The built-in data's stable key; partners entered in Saphan have none. */
		code: text('code'),
		kind: text('kind', { enum: partnerKinds }).notNull(),
		nameTh: text('name_th').notNull(),
		nameEn: text('name_en').notNull(),
		nameLocal: text('name_local'),
		countryCode: text('country_code').references(() => countries.code, { onDelete: 'restrict' }),
		latitude: doublePrecision('latitude'),
		longitude: doublePrecision('longitude'),
		website: text('website'),
		descriptionTh: text('description_th'),
		status: text('status', { enum: partnerStatuses }).notNull().default('active'),
		/** The facts about this partner that could not be confirmed: shown flagged to users. */
		unverified: jsonb('unverified').$type<VerifiableFact[]>().notNull().default([]),
		/**
		 * The latest date of the partner's activity (agreements, engagements, projects), kept by
		 * `refreshLastActivity` in the transaction of every write that changes it.
		 */
		lastActivityOn: date('last_activity_on', { mode: 'string' }),
		/** Whether the last activity is known to the day, or only to the year (an agreement's). */
		lastActivityPrecision: text('last_activity_precision', { enum: datePrecisions })
			.notNull()
			.default('day'),
		version: integer('version').notNull().default(1),
		createdAt: createdAt(),
		updatedAt: updatedAt()
	},
	(table) => [
		uniqueIndex('partners_code_key').on(table.code),
		index('partners_country_idx').on(table.countryCode),
		index('partners_name_en_idx').on(sql`lower(${table.nameEn})`),
		index('partners_kind_idx').on(table.kind),
		index('partners_name_th_idx').on(table.nameTh, table.id),
		// One partner of a name (Thai or English, any letter case) in a country, or without one.
		uniqueIndex('partners_country_name_th_key').on(
			sql`coalesce(${table.countryCode}, '')`,
			sql`lower(${table.nameTh})`
		),
		uniqueIndex('partners_country_name_en_key').on(
			sql`coalesce(${table.countryCode}, '')`,
			sql`lower(${table.nameEn})`
		),
		oneOf('partners_kind_check', table.kind, partnerKinds),
		oneOf('partners_status_check', table.status, partnerStatuses),
		oneOf('partners_last_activity_precision_check', table.lastActivityPrecision, datePrecisions)
	]
);

export const agreements = pgTable(
	'agreements',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		code: text('code'),
		type: text('type', { enum: agreementTypes }).notNull(),
		titleTh: text('title_th').notNull(),
		titleEn: text('title_en'),
		signedOn: date('signed_on'),
		signedPrecision: text('signed_precision', { enum: datePrecisions }).notNull().default('day'),
		reviewOn: date('review_on'),
		expiresOn: date('expires_on'),
		fields: jsonb('fields').$type<string[]>().notNull().default([]),
		status: text('status', { enum: agreementStatuses }).notNull().default('in_force'),
		noteTh: text('note_th'),
		unverified: jsonb('unverified').$type<VerifiableFact[]>().notNull().default([]),
		version: integer('version').notNull().default(1),
		createdAt: createdAt(),
		updatedAt: updatedAt()
	},
	(table) => [
		uniqueIndex('agreements_code_key').on(table.code),
		index('agreements_signed_idx').on(table.signedOn),
		oneOf('agreements_type_check', table.type, agreementTypes),
		oneOf('agreements_status_check', table.status, agreementStatuses),
		oneOf('agreements_signed_precision_check', table.signedPrecision, datePrecisions)
	]
);

/** The partners party to an agreement (Bangkok is always the other party). */
export const agreementParties = pgTable(
	'agreement_parties',
	{
		agreementId: uuid('agreement_id')
			.notNull()
			.references(() => agreements.id, { onDelete: 'cascade' }),
		partnerId: uuid('partner_id')
			.notNull()
			.references(() => partners.id, { onDelete: 'restrict' })
	},
	(table) => [
		primaryKey({ columns: [table.agreementId, table.partnerId] }),
		index('agreement_parties_partner_idx').on(table.partnerId)
	]
);

/**
 * A person at a partner: personal data under the PDPA. Work contact only, a stated purpose,
 * visible to IAO roles, erased on request (decision 0008).
 */
export const partnerContacts = pgTable(
	'partner_contacts',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		partnerId: uuid('partner_id')
			.notNull()
			.references(() => partners.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		position: text('position'),
		workEmail: text('work_email'),
		workPhone: text('work_phone'),
		purpose: text('purpose').notNull(),
		createdAt: createdAt(),
		updatedAt: updatedAt()
	},
	(table) => [index('partner_contacts_partner_idx').on(table.partnerId)]
);
