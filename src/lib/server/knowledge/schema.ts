import {
	date,
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
import { agencies, users } from '../platform/schema.ts';
import { createdAt, oneOf, updatedAt } from '../platform/columns.ts';
import { partners } from '../partners/schema.ts';
import { projects } from '../projects/schema.ts';
import { adoptions } from './kinds.ts';
import {
	type MeasureCategory,
	type Minute,
	practiceLanguages,
	regions,
	sourceKinds
} from './builtin-schema.ts';

/** A practice from abroad: what a city, country or international organisation did. */
export const practices = pgTable(
	'practices',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		/** The built-in data's key; practices recorded in Saphan have none. */
		code: text('code'),
		sourceKind: text('source_kind', { enum: sourceKinds }).notNull(),
		sourceName: text('source_name').notNull(),
		sourceNameEn: text('source_name_en'),
		/** The partner in Saphan the practice comes from, when it is one. */
		partnerId: uuid('partner_id').references(() => partners.id, { onDelete: 'set null' }),
		country: text('country'),
		region: text('region', { enum: regions }),
		titleTh: text('title_th').notNull(),
		titleEn: text('title_en'),
		summaryTh: text('summary_th').notNull(),
		actions: jsonb('actions').$type<string[]>().notNull().default([]),
		measureText: text('measure_text'),
		measureCategories: jsonb('measure_categories').$type<MeasureCategory[]>().notNull().default([]),
		themes: jsonb('themes').$type<string[]>().notNull().default([]),
		sdgs: jsonb('sdgs').$type<number[]>().notNull().default([]),
		asOf: date('as_of'),
		sourceDocument: text('source_document'),
		language: text('language', { enum: practiceLanguages }).notNull().default('th'),
		createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
		version: integer('version').notNull().default(1),
		createdAt: createdAt(),
		updatedAt: updatedAt()
	},
	(table) => [
		uniqueIndex('practices_code_key').on(table.code),
		index('practices_partner_idx').on(table.partnerId),
		oneOf('practices_source_kind_check', table.sourceKind, sourceKinds),
		oneOf('practices_region_check', table.region, regions),
		oneOf('practices_language_check', table.language, practiceLanguages)
	]
);

/** A memo (บันทึกข้อความ) that carries practices to departments. */
export const circulars = pgTable(
	'circulars',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		code: text('code'),
		documentNumber: text('document_number').notNull(),
		issuedOn: date('issued_on').notNull(),
		subject: text('subject').notNull(),
		fromText: text('from_text').notNull(),
		toText: text('to_text').notNull(),
		body: text('body').notNull(),
		signedBy: text('signed_by'),
		signedPosition: text('signed_position'),
		/** Routing stamps and approval minutes, in the order they were written. */
		minutes: jsonb('minutes').$type<Minute[]>().notNull().default([]),
		createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
		version: integer('version').notNull().default(1),
		createdAt: createdAt(),
		updatedAt: updatedAt()
	},
	(table) => [
		uniqueIndex('circulars_code_key').on(table.code),
		index('circulars_issued_on_idx').on(table.issuedOn)
	]
);

export const circularPractices = pgTable(
	'circular_practices',
	{
		circularId: uuid('circular_id')
			.notNull()
			.references(() => circulars.id, { onDelete: 'cascade' }),
		practiceId: uuid('practice_id')
			.notNull()
			.references(() => practices.id, { onDelete: 'restrict' }),
		position: integer('position').notNull()
	},
	(table) => [
		primaryKey({ columns: [table.circularId, table.practiceId] }),
		index('circular_practices_practice_idx').on(table.practiceId)
	]
);

/** Dissemination: one agency's copy of a circular, what it did with it and what came of it. */
export const circularRecipients = pgTable(
	'circular_recipients',
	{
		circularId: uuid('circular_id')
			.notNull()
			.references(() => circulars.id, { onDelete: 'cascade' }),
		agencyId: uuid('agency_id')
			.notNull()
			.references(() => agencies.id, { onDelete: 'restrict' }),
		receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
		acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
		acknowledgedBy: uuid('acknowledged_by').references(() => users.id, { onDelete: 'set null' }),
		adoption: text('adoption', { enum: adoptions }).notNull().default('pending'),
		adoptionNote: text('adoption_note'),
		projectId: uuid('project_id').references(() => projects.id, { onDelete: 'set null' }),
		adoptedAt: timestamp('adopted_at', { withTimezone: true })
	},
	(table) => [
		primaryKey({ columns: [table.circularId, table.agencyId] }),
		index('circular_recipients_agency_idx').on(table.agencyId, table.acknowledgedAt),
		oneOf('circular_recipients_adoption_check', table.adoption, adoptions)
	]
);
