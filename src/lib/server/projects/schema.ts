import {
	boolean,
	date,
	index,
	integer,
	jsonb,
	numeric,
	pgTable,
	primaryKey,
	text,
	timestamp,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { agencies, users } from '../platform/schema.ts';
import { partners } from '../partners/schema.ts';
import { agencyRoles, kpis, planElements } from '../plans/schema.ts';
import { projectStatuses } from './builtin-schema.ts';
import { createdAt, oneOf, updatedAt } from '../platform/columns.ts';
import { reviewStates } from '../platform/review/states.ts';

export const projects = pgTable(
	'projects',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		/** The city project system's code (e.g. 04160000-3949); projects known only from a plan have none yet. */
		code: text('code'),
		titleTh: text('title_th').notNull(),
		titleEn: text('title_en'),
		fiscalYear: integer('fiscal_year').notNull(),
		startDate: date('start_date'),
		endDate: date('end_date'),
		budgetReceived: numeric('budget_received', { mode: 'number' }).notNull().default(0),
		budgetSpent: numeric('budget_spent', { mode: 'number' }).notNull().default(0),
		responsibleUnitText: text('responsible_unit_text'),
		responsiblePerson: text('responsible_person'),
		responsiblePhone: text('responsible_phone'),
		coordinator: text('coordinator'),
		coordinatorRole: text('coordinator_role'),
		rationaleTh: text('rationale_th'),
		objectives: jsonb('objectives').$type<string[]>().notNull().default([]),
		targetsTh: text('targets_th'),
		isNew: boolean('is_new').notNull().default(false),
		status: text('status', { enum: projectStatuses }).notNull().default('planned'),
		/**
		 * Partners named in words that match no partner record (from before projects linked partners
		 * by id, and built-in projects' generic wording), kept for an officer to link or clear.
		 */
		unmatchedPartnerNames: jsonb('unmatched_partner_names').$type<string[]>().notNull().default([]),
		themes: jsonb('themes').$type<string[]>().notNull().default([]),
		version: integer('version').notNull().default(1),
		createdAt: createdAt(),
		updatedAt: updatedAt()
	},
	(table) => [
		uniqueIndex('projects_code_key').on(table.code),
		// The register filtered by year and sorted by title reads this index in order.
		index('projects_fiscal_year_title_idx').on(table.fiscalYear, table.titleTh, table.id),
		index('projects_title_th_trgm_idx').using('gin', sql`${table.titleTh} gin_trgm_ops`),
		index('projects_title_en_trgm_idx').using('gin', sql`${table.titleEn} gin_trgm_ops`),
		index('projects_code_trgm_idx').using('gin', sql`${table.code} gin_trgm_ops`),
		index('projects_status_idx').on(table.status),
		oneOf('projects_status_check', table.status, projectStatuses)
	]
);

export const projectAgencies = pgTable(
	'project_agencies',
	{
		projectId: uuid('project_id')
			.notNull()
			.references(() => projects.id, { onDelete: 'cascade' }),
		agencyId: uuid('agency_id')
			.notNull()
			.references(() => agencies.id, { onDelete: 'restrict' }),
		role: text('role', { enum: agencyRoles }).notNull()
	},
	(table) => [
		primaryKey({ columns: [table.projectId, table.agencyId, table.role] }),
		index('project_agencies_agency_idx').on(table.agencyId, table.role),
		oneOf('project_agencies_role_check', table.role, agencyRoles)
	]
);

/**
 * The partners a project works with. A partner with projects cannot be deleted (restrict), as with
 * commitments: its projects would silently lose their partner.
 */
export const projectPartners = pgTable(
	'project_partners',
	{
		projectId: uuid('project_id')
			.notNull()
			.references(() => projects.id, { onDelete: 'cascade' }),
		partnerId: uuid('partner_id')
			.notNull()
			.references(() => partners.id, { onDelete: 'restrict' })
	},
	(table) => [
		primaryKey({ columns: [table.projectId, table.partnerId] }),
		index('project_partners_partner_idx').on(table.partnerId)
	]
);

/** A project's plan alignment: to an element of any plan, and optionally one of its KPIs. */
export const projectPlanLinks = pgTable(
	'project_plan_links',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		projectId: uuid('project_id')
			.notNull()
			.references(() => projects.id, { onDelete: 'cascade' }),
		elementId: uuid('element_id')
			.notNull()
			.references(() => planElements.id, { onDelete: 'cascade' }),
		kpiId: uuid('kpi_id').references(() => kpis.id, { onDelete: 'cascade' }),
		noteTh: text('note_th')
	},
	(table) => [
		index('project_plan_links_project_idx').on(table.projectId),
		index('project_plan_links_element_idx').on(table.elementId),
		index('project_plan_links_kpi_idx').on(table.kpiId)
	]
);

export const progressReports = pgTable(
	'progress_reports',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		projectId: uuid('project_id')
			.notNull()
			.references(() => projects.id, { onDelete: 'cascade' }),
		sequence: integer('sequence').notNull(),
		reportedOn: date('reported_on').notNull(),
		statusText: text('status_text').notNull(),
		percentDone: numeric('percent_done', { mode: 'number' }),
		budgetDisbursed: numeric('budget_disbursed', { mode: 'number' }),
		onPlan: boolean('on_plan'),
		onTarget: boolean('on_target'),
		projectStatus: text('project_status', { enum: projectStatuses }),
		reportedBy: text('reported_by'),
		/** Why % done went down from the previous approved report; required when it did. */
		decreaseReason: text('decrease_reason'),
		/** Built-in reports are approved; reports entered in Saphan start as drafts. */
		state: text('state', { enum: reviewStates }).notNull().default('approved'),
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
		uniqueIndex('progress_reports_project_sequence_key').on(table.projectId, table.sequence),
		index('progress_reports_state_idx').on(table.state),
		oneOf('progress_reports_state_check', table.state, reviewStates),
		oneOf('progress_reports_project_status_check', table.projectStatus, projectStatuses)
	]
);
