import {
	type AnyPgColumn,
	index,
	integer,
	jsonb,
	numeric,
	pgTable,
	primaryKey,
	text,
	timestamp,
	uniqueIndex,
	uuid,
	boolean
} from 'drizzle-orm/pg-core';
import { agencies, users } from '../platform/schema.ts';
import {
	agencyRoles,
	elementKinds,
	kpiDirections,
	kpiKinds,
	planLevels
} from './builtin-schema.ts';
import { createdAt, oneOf, updatedAt } from '../platform/columns.ts';
import { reviewStates } from '../platform/review/states.ts';

/** Other modules' tables hold agencies in these roles too. */
export { agencyRoles };

export interface BilingualItem {
	th: string;
	en?: string;
}

export interface Swot {
	strengths: BilingualItem[];
	weaknesses: BilingualItem[];
	opportunities: BilingualItem[];
	threats: BilingualItem[];
}

export const plans = pgTable(
	'plans',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		code: text('code').notNull(),
		level: text('level', { enum: planLevels }).notNull(),
		titleTh: text('title_th').notNull(),
		titleEn: text('title_en').notNull(),
		issuerTh: text('issuer_th').notNull(),
		issuerEn: text('issuer_en').notNull(),
		fiscalYearStart: integer('fiscal_year_start').notNull(),
		fiscalYearEnd: integer('fiscal_year_end').notNull(),
		sourceDocument: text('source_document').notNull(),
		swot: jsonb('swot').$type<Swot>(),
		challenges: jsonb('challenges').$type<BilingualItem[]>().notNull().default([]),
		createdAt: createdAt(),
		updatedAt: updatedAt()
	},
	(table) => [
		uniqueIndex('plans_code_key').on(table.code),
		oneOf('plans_level_check', table.level, planLevels)
	]
);

export const planElements = pgTable(
	'plan_elements',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		planId: uuid('plan_id')
			.notNull()
			.references(() => plans.id, { onDelete: 'cascade' }),
		parentId: uuid('parent_id').references((): AnyPgColumn => planElements.id, {
			onDelete: 'cascade'
		}),
		kind: text('kind', { enum: elementKinds }).notNull(),
		code: text('code').notNull(),
		titleTh: text('title_th').notNull(),
		titleEn: text('title_en'),
		descriptionTh: text('description_th'),
		descriptionEn: text('description_en'),
		position: integer('position').notNull(),
		createdAt: createdAt(),
		updatedAt: updatedAt()
	},
	(table) => [
		uniqueIndex('plan_elements_plan_code_key').on(table.planId, table.code),
		index('plan_elements_parent_idx').on(table.parentId),
		oneOf('plan_elements_kind_check', table.kind, elementKinds)
	]
);

export const kpis = pgTable(
	'kpis',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		planId: uuid('plan_id')
			.notNull()
			.references(() => plans.id, { onDelete: 'cascade' }),
		elementId: uuid('element_id')
			.notNull()
			.references(() => planElements.id, { onDelete: 'cascade' }),
		code: text('code').notNull(),
		kind: text('kind', { enum: kpiKinds }).notNull(),
		titleTh: text('title_th').notNull(),
		titleEn: text('title_en'),
		unitTh: text('unit_th'),
		unitEn: text('unit_en'),
		direction: text('direction', { enum: kpiDirections }).notNull().default('increase'),
		notesTh: text('notes_th'),
		notesEn: text('notes_en'),
		position: integer('position').notNull(),
		createdAt: createdAt(),
		updatedAt: updatedAt()
	},
	(table) => [
		uniqueIndex('kpis_plan_code_key').on(table.planId, table.code),
		index('kpis_element_idx').on(table.elementId),
		oneOf('kpis_kind_check', table.kind, kpiKinds),
		oneOf('kpis_direction_check', table.direction, kpiDirections)
	]
);

export const kpiLevels = pgTable(
	'kpi_levels',
	{
		kpiId: uuid('kpi_id')
			.notNull()
			.references(() => kpis.id, { onDelete: 'cascade' }),
		level: integer('level').notNull(),
		rubricTh: text('rubric_th').notNull(),
		rubricEn: text('rubric_en')
	},
	(table) => [primaryKey({ columns: [table.kpiId, table.level] })]
);

export const kpiTargets = pgTable(
	'kpi_targets',
	{
		kpiId: uuid('kpi_id')
			.notNull()
			.references(() => kpis.id, { onDelete: 'cascade' }),
		fiscalYear: integer('fiscal_year').notNull(),
		value: numeric('value', { mode: 'number' }),
		noteTh: text('note_th'),
		noteEn: text('note_en')
	},
	(table) => [primaryKey({ columns: [table.kpiId, table.fiscalYear] })]
);

export const kpiAgencies = pgTable(
	'kpi_agencies',
	{
		kpiId: uuid('kpi_id')
			.notNull()
			.references(() => kpis.id, { onDelete: 'cascade' }),
		agencyId: uuid('agency_id')
			.notNull()
			.references(() => agencies.id, { onDelete: 'restrict' }),
		role: text('role', { enum: agencyRoles }).notNull()
	},
	(table) => [
		primaryKey({ columns: [table.kpiId, table.agencyId, table.role] }),
		index('kpi_agencies_agency_idx').on(table.agencyId),
		oneOf('kpi_agencies_role_check', table.role, agencyRoles)
	]
);

/**
 * The projects a plan lists under a KPI, with their agencies as codes. The projects module turns
 * them into projects and links each back through `projectId`.
 */
export const plannedProjects = pgTable(
	'planned_projects',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		kpiId: uuid('kpi_id')
			.notNull()
			.references(() => kpis.id, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		titleTh: text('title_th').notNull(),
		titleEn: text('title_en'),
		isNew: boolean('is_new').notNull().default(false),
		leadAgencyIds: uuid('lead_agency_ids').array().notNull().default([]),
		supportingAgencyIds: uuid('supporting_agency_ids').array().notNull().default([]),
		projectId: uuid('project_id')
	},
	(table) => [uniqueIndex('planned_projects_kpi_position_key').on(table.kpiId, table.position)]
);

export const kpiResults = pgTable(
	'kpi_results',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		kpiId: uuid('kpi_id')
			.notNull()
			.references(() => kpis.id, { onDelete: 'cascade' }),
		fiscalYear: integer('fiscal_year').notNull(),
		value: numeric('value', { mode: 'number' }),
		evidenceTh: text('evidence_th').notNull().default(''),
		evidenceLinks: jsonb('evidence_links')
			.$type<{ label: string; url: string }[]>()
			.notNull()
			.default([]),
		/** Where it is in its review (`platform/review`). */
		status: text('status', { enum: reviewStates }).notNull().default('draft'),
		reviewComment: text('review_comment'),
		enteredBy: uuid('entered_by').references(() => users.id),
		submittedAt: timestamp('submitted_at', { withTimezone: true }),
		/** Who sent it for review: they may not also approve or return it (four eyes). */
		submittedBy: uuid('submitted_by').references(() => users.id),
		reviewedBy: uuid('reviewed_by').references(() => users.id),
		reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
		version: integer('version').notNull().default(1),
		createdAt: createdAt(),
		updatedAt: updatedAt()
	},
	(table) => [
		uniqueIndex('kpi_results_kpi_year_key').on(table.kpiId, table.fiscalYear),
		index('kpi_results_status_idx').on(table.status),
		oneOf('kpi_results_status_check', table.status, reviewStates)
	]
);

export const elementAlignments = pgTable(
	'element_alignments',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		fromElementId: uuid('from_element_id')
			.notNull()
			.references(() => planElements.id, { onDelete: 'cascade' }),
		toElementId: uuid('to_element_id')
			.notNull()
			.references(() => planElements.id, { onDelete: 'cascade' }),
		noteTh: text('note_th'),
		noteEn: text('note_en'),
		createdAt: createdAt()
	},
	(table) => [
		uniqueIndex('element_alignments_pair_key').on(table.fromElementId, table.toElementId),
		index('element_alignments_to_idx').on(table.toElementId)
	]
);
