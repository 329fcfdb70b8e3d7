import { z } from 'zod';
import {
	agencyFilterSchema,
	agencySchema,
	apiTokenIssueSchema,
	apiTokenSchema,
	errorStatus,
	sessionCreateSchema,
	userCreateSchema,
	userSchema,
	userUnlockSchema,
	userUpdateSchema
} from '../platform/index.ts';
import { builtinChangeSchema, builtinDecisionSchema } from '../builtin-changes.ts';
import {
	alignmentInputSchema,
	kpiResultInputSchema,
	kpiResultReviewSchema,
	kpiResultTransitionSchema
} from '../plans/index.ts';
import {
	officialReportQuerySchema,
	progressReportInputSchema,
	progressReportReviewSchema,
	progressReportTransitionSchema,
	projectFilterSchema,
	projectInputSchema,
	roundScheduleInputSchema,
	roundStatusQuerySchema
} from '../projects/index.ts';
import { briefingQuerySchema } from '../dossiers/index.ts';
import {
	agreementInputSchema,
	contactInputSchema,
	partnerFilterSchema,
	partnerInputSchema
} from '../partners/index.ts';
import {
	commitmentChangeSchema,
	commitmentInputSchema,
	commitmentStatusInputSchema,
	committeeFilterSchema,
	committeeInputSchema,
	engagementChangeSchema,
	engagementFilterSchema,
	engagementInputSchema
} from '../engagements/index.ts';
import {
	acknowledgementSchema,
	adoptionRecordSchema,
	circularSendSchema,
	practiceCreateSchema,
	practiceFilterSchema,
	practiceUpdateSchema
} from '../knowledge/index.ts';
import { searchTypes } from '../modules.ts';
import { searchQuerySchema, searchResponseSchema } from '../search/index.ts';

export interface Operation {
	method: 'get' | 'post' | 'put' | 'patch' | 'delete';
	path: string;
	summary: string;
	tag: string;
	/** Who may call it, in words; every operation but login and health needs a session or token. */
	permission: string;
	query?: z.ZodObject;
	body?: z.ZodType;
	response?: { status: number; schema?: z.ZodType; description: string; mediaType?: string };
	errors: (keyof typeof errorStatus)[];
	/** A create that takes an `Idempotency-Key` header (`createOnce`). */
	idempotent?: true;
}

const sessionUser = z
	.object({
		id: z.uuid(),
		username: z.string(),
		displayName: z.string(),
		roles: z.array(z.string()),
		agencyIds: z.array(z.uuid()),
		locale: z.enum(['th', 'en'])
	})
	.meta({ id: 'SessionUser' });

export const sessionResponseSchema = z.object({ user: sessionUser, expiresAt: z.iso.datetime() });
export const issuedTokenSchema = z.object({ token: z.string(), apiToken: apiTokenSchema });

const list = <Item extends z.ZodType>(item: Item) =>
	z.object({ items: z.array(item), total: z.number().int() });

/** What a write that creates a record can be refused with. */
const createErrors: Operation['errors'] = [
	'unauthenticated',
	'forbidden',
	'malformed_json',
	'validation_failed'
];

/** What a write to an existing record can be refused with. */
const changeErrors: Operation['errors'] = [...createErrors, 'not_found'];

/** What a change made at a version can be refused with. */
const versionedChangeErrors: Operation['errors'] = [...changeErrors, 'stale_version'];

/** What any write in a review workflow (save, submit, review) can be refused with. */
const reviewWorkflowErrors: Operation['errors'] = [
	...versionedChangeErrors,
	'locked',
	'invalid_transition'
];

/** Every operation of the API: the OpenAPI document is generated from this list. */
export const operations: Operation[] = [
	{
		method: 'post',
		path: '/api/v1/session',
		summary: 'Log in: returns the user and sets the session cookie',
		tag: 'Session',
		permission: 'anyone',
		body: sessionCreateSchema,
		response: { status: 200, schema: sessionResponseSchema, description: 'Logged in' },
		errors: [
			'malformed_json',
			'validation_failed',
			'invalid_credentials',
			'too_many_attempts',
			'too_many_attempts_from_address'
		]
	},
	{
		method: 'delete',
		path: '/api/v1/session',
		summary: 'Log out: ends the session of the cookie',
		tag: 'Session',
		permission: 'a session',
		response: { status: 204, description: 'Logged out' },
		errors: ['unauthenticated', 'cross_site_request']
	},
	{
		method: 'get',
		path: '/api/v1/me',
		summary: 'The signed-in user',
		tag: 'Session',
		permission: 'any signed-in user',
		response: { status: 200, schema: userSchema, description: 'The user' },
		errors: ['unauthenticated']
	},
	{
		method: 'get',
		path: '/api/v1/agencies',
		summary: 'The agency register: BMA departments, offices, IAO divisions and districts',
		tag: 'Agencies',
		permission: 'any signed-in user',
		query: agencyFilterSchema,
		response: { status: 200, schema: list(agencySchema), description: 'Agencies' },
		errors: ['unauthenticated', 'validation_failed']
	},
	{
		method: 'get',
		path: '/api/v1/builtin-changes',
		summary:
			'Fields of built-in records that both a person and the built-in data files changed, awaiting a decision',
		tag: 'Users',
		permission: 'admin',
		response: { status: 200, schema: list(builtinChangeSchema), description: 'Fields' },
		errors: ['unauthenticated', 'forbidden']
	},
	{
		method: 'post',
		path: '/api/v1/builtin-changes/decisions',
		summary:
			"Use the file's value (applied at once, as a new version) or keep the person's, for one field",
		tag: 'Users',
		permission: 'admin',
		body: builtinDecisionSchema,
		response: { status: 204, description: 'Decided' },
		errors: ['unauthenticated', 'forbidden', 'not_found', 'validation_failed', 'payload_too_large']
	},
	{
		method: 'get',
		path: '/api/v1/users',
		summary: 'All users',
		tag: 'Users',
		permission: 'admin',
		response: { status: 200, schema: list(userSchema), description: 'Users' },
		errors: ['unauthenticated', 'forbidden']
	},
	{
		method: 'post',
		path: '/api/v1/users',
		idempotent: true,
		summary: 'Create a user',
		tag: 'Users',
		permission: 'admin',
		body: userCreateSchema,
		response: { status: 201, schema: userSchema, description: 'Created' },
		errors: [...createErrors, 'payload_too_large']
	},
	{
		method: 'get',
		path: '/api/v1/users/{id}',
		summary: 'One user',
		tag: 'Users',
		permission: 'admin',
		response: { status: 200, schema: userSchema, description: 'The user' },
		errors: ['unauthenticated', 'forbidden', 'not_found']
	},
	{
		method: 'patch',
		path: '/api/v1/users/{id}',
		summary: 'Change a user; refused with 409 when `version` is no longer current',
		tag: 'Users',
		permission: 'admin',
		body: userUpdateSchema,
		response: { status: 200, schema: userSchema, description: 'Updated' },
		errors: versionedChangeErrors
	},
	{
		method: 'post',
		path: '/api/v1/users/{id}/deactivate',
		summary: 'Deactivate a user: ends their sessions and revokes their tokens',
		tag: 'Users',
		permission: 'admin',
		response: { status: 200, schema: userSchema, description: 'Deactivated' },
		errors: ['unauthenticated', 'forbidden', 'not_found', 'validation_failed']
	},
	{
		method: 'post',
		path: '/api/v1/users/{id}/unlock',
		summary: 'Unlock a user: forget their failed logins from every address',
		tag: 'Users',
		permission: 'admin',
		response: { status: 200, schema: userUnlockSchema, description: 'Unlocked' },
		errors: ['unauthenticated', 'forbidden', 'not_found']
	},
	{
		method: 'post',
		path: '/api/v1/users/{id}/reactivate',
		summary: 'Reactivate a user',
		tag: 'Users',
		permission: 'admin',
		response: { status: 200, schema: userSchema, description: 'Reactivated' },
		errors: ['unauthenticated', 'forbidden', 'not_found']
	},
	{
		method: 'get',
		path: '/api/v1/users/{id}/tokens',
		summary: "A user's API tokens (never their secrets)",
		tag: 'Users',
		permission: 'admin',
		response: { status: 200, schema: list(apiTokenSchema), description: 'Tokens' },
		errors: ['unauthenticated', 'forbidden', 'not_found']
	},
	{
		method: 'post',
		path: '/api/v1/users/{id}/tokens',
		summary: 'Issue an API token for a user; the secret is in this response only',
		tag: 'Users',
		permission: 'admin',
		body: apiTokenIssueSchema,
		response: { status: 201, schema: issuedTokenSchema, description: 'Issued' },
		errors: changeErrors
	},
	{
		method: 'delete',
		path: '/api/v1/users/{id}/tokens/{tokenId}',
		summary: 'Revoke an API token',
		tag: 'Users',
		permission: 'admin',
		response: { status: 204, description: 'Revoked' },
		errors: ['unauthenticated', 'forbidden', 'not_found']
	},
	{
		method: 'get',
		path: '/api/v1/plans',
		summary: 'Plans of every level: {"items":[…]}',
		tag: 'Plans',
		permission: 'any signed-in user',
		response: { status: 200, description: 'Plans with their element and KPI counts' },
		errors: ['unauthenticated']
	},
	{
		method: 'get',
		path: '/api/v1/plans/{id}',
		summary:
			'A plan with its SWOT, challenges and tree of elements (id, kind, code, titles, children, kpis)',
		tag: 'Plans',
		permission: 'any signed-in user',
		response: { status: 200, description: 'The plan' },
		errors: ['unauthenticated', 'not_found']
	},
	{
		method: 'get',
		path: '/api/v1/kpis/{id}',
		summary:
			'A KPI with its ladder (levels), targets per fiscal year (BE) with notes, results, agencies and listed projects',
		tag: 'Plans',
		permission: 'any signed-in user',
		response: { status: 200, description: 'The KPI' },
		errors: ['unauthenticated', 'not_found']
	},
	{
		method: 'put',
		path: '/api/v1/kpis/{id}/results/{fiscalYear}',
		summary: 'Save the draft result of a KPI for a fiscal year (BE); approved results are locked',
		tag: 'Plans',
		permission: "admin, IAO officer, or a reporter of the KPI's lead agency",
		body: kpiResultInputSchema,
		response: { status: 200, description: 'The saved result' },
		errors: reviewWorkflowErrors
	},
	{
		method: 'post',
		path: '/api/v1/kpis/{id}/results/{fiscalYear}/submit',
		summary: 'Submit a draft or returned result for review',
		tag: 'Plans',
		permission: "admin, IAO officer, or a reporter of the KPI's lead agency",
		body: kpiResultTransitionSchema,
		response: { status: 200, description: 'The submitted result' },
		errors: reviewWorkflowErrors
	},
	{
		method: 'post',
		path: '/api/v1/kpis/{id}/results/{fiscalYear}/review',
		summary: 'Approve a submitted result (which locks it) or return it with a comment',
		tag: 'Plans',
		permission: 'admin or IAO officer',
		body: kpiResultReviewSchema,
		response: { status: 200, description: 'The reviewed result' },
		errors: reviewWorkflowErrors
	},
	{
		method: 'post',
		path: '/api/v1/alignments',
		idempotent: true,
		summary: 'Link a plan element to an element of another plan that it serves',
		tag: 'Plans',
		permission: 'admin or IAO officer',
		body: alignmentInputSchema,
		response: { status: 201, description: 'The alignment' },
		errors: ['unauthenticated', 'forbidden', 'not_found', 'validation_failed', 'duplicate']
	},
	{
		method: 'delete',
		path: '/api/v1/alignments/{id}',
		summary: 'Remove an alignment',
		tag: 'Plans',
		permission: 'admin or IAO officer',
		response: { status: 204, description: 'Removed' },
		errors: ['unauthenticated', 'forbidden', 'not_found']
	},
	{
		method: 'get',
		path: '/api/v1/projects',
		summary:
			'Projects filtered by fiscal year (BE), agency (id or code, lead or supporting), status, plan element, partner and text; sorted and paginated: {"items":[…],"total":N}',
		tag: 'Projects',
		permission: 'any signed-in user',
		query: projectFilterSchema,
		response: { status: 200, description: 'One page of projects and the total' },
		errors: ['unauthenticated', 'validation_failed']
	},
	{
		method: 'get',
		path: '/api/v1/projects/{id}',
		summary:
			'A project with every field of the progress-report form, its partners (and any partners named but not found), its plan alignment and its reports',
		tag: 'Projects',
		permission: 'any signed-in user',
		response: { status: 200, description: 'The project' },
		errors: ['unauthenticated', 'not_found']
	},
	{
		method: 'post',
		path: '/api/v1/projects',
		idempotent: true,
		summary:
			'Register a project with every field of the progress-report form; agencies by id or code; dates within the fiscal year before to the one after; end not before start',
		tag: 'Projects',
		permission: 'admin or IAO officer',
		body: projectInputSchema,
		response: { status: 201, description: 'The project, as GET /api/v1/projects/{id} gives it' },
		errors: createErrors
	},
	{
		method: 'put',
		path: '/api/v1/projects/{id}',
		summary:
			"Replace a project's fields at the version its editor loaded; a save on an older version is refused (409) naming the fields changed since",
		tag: 'Projects',
		permission: "admin, IAO officer, or a reporter of the project's lead or supporting agencies",
		body: projectInputSchema,
		response: { status: 200, description: 'The saved project' },
		errors: versionedChangeErrors
	},
	{
		method: 'post',
		path: '/api/v1/projects/{id}/reports',
		idempotent: true,
		summary:
			"Start the project's next progress report as a draft (the sequence is the next one; % done 0–100, below the previous approved % only with decreaseReason; reportedOn from the start of the fiscal year to 6 months after its end)",
		tag: 'Projects',
		permission: "admin, IAO officer, or a reporter of the project's lead or supporting agencies",
		body: progressReportInputSchema,
		response: { status: 201, description: 'The draft report' },
		errors: changeErrors
	},
	{
		method: 'put',
		path: '/api/v1/projects/{id}/reports/{sequence}',
		summary:
			'Change a draft or returned progress report at its version; submitted reports wait for review, approved ones are locked',
		tag: 'Projects',
		permission: "admin, IAO officer, or a reporter of the project's lead or supporting agencies",
		body: progressReportInputSchema,
		response: { status: 200, description: 'The saved report' },
		errors: reviewWorkflowErrors
	},
	{
		method: 'post',
		path: '/api/v1/projects/{id}/reports/{sequence}/submit',
		summary: 'Submit a draft or returned progress report for review',
		tag: 'Projects',
		permission: "admin, IAO officer, or a reporter of the project's lead or supporting agencies",
		body: progressReportTransitionSchema,
		response: { status: 200, description: 'The submitted report' },
		errors: reviewWorkflowErrors
	},
	{
		method: 'post',
		path: '/api/v1/projects/{id}/reports/{sequence}/review',
		summary:
			"Approve a submitted progress report (which locks it and sets the project's status and budget spent from its approved reports) or return it with a comment",
		tag: 'Projects',
		permission: 'admin or IAO officer',
		body: progressReportReviewSchema,
		response: { status: 200, description: 'The reviewed report' },
		errors: reviewWorkflowErrors
	},
	{
		method: 'get',
		path: '/api/v1/projects/{id}/report.pdf',
		summary:
			"The project's official progress report (the form's sections 1.1–1.6 and its approved reports) as a PDF: lang=th (default: the caller's language) or en, digits=thai for Thai digits",
		tag: 'Projects',
		permission: 'any signed-in user',
		query: officialReportQuerySchema,
		response: { status: 200, description: 'The PDF file', mediaType: 'application/pdf' },
		errors: ['unauthenticated', 'not_found', 'validation_failed']
	},
	{
		method: 'get',
		path: '/api/v1/project-rounds',
		summary:
			"A fiscal year's progress-report rounds (BE; monthly by default): the due dates, and the reports due, submitted, on time, late and overdue across the city and per lead agency, with the projects overdue (most overdue first, at most 200)",
		tag: 'Projects',
		permission: 'any signed-in user',
		query: roundStatusQuerySchema,
		response: { status: 200, description: 'The rounds and their counts' },
		errors: ['unauthenticated', 'validation_failed']
	},
	{
		method: 'put',
		path: '/api/v1/project-rounds/{fiscalYear}',
		summary:
			"Set a fiscal year's schedule at the version seen (0 for the default): monthly on a day (1–28) of the month after each month, or listed due dates (1–24, in order, from the start of the year to 6 months after its end)",
		tag: 'Projects',
		permission: 'admin or IAO officer',
		body: roundScheduleInputSchema,
		response: { status: 200, description: "The year's rounds under the new schedule" },
		errors: versionedChangeErrors
	},
	{
		method: 'get',
		path: '/api/v1/partners',
		summary:
			'Partners filtered by text (names, country), kind, region group, status and country: {"items":[…],"total":N}, each with its last activity and whether it is dormant',
		tag: 'Partners',
		permission: 'any signed-in user',
		query: partnerFilterSchema,
		response: { status: 200, description: 'One page of partners and the total' },
		errors: ['unauthenticated', 'validation_failed']
	},
	{
		method: 'post',
		path: '/api/v1/partners',
		idempotent: true,
		summary:
			'Record a partner; refused (409 duplicate, the message links the existing partner) when one of the same Thai or English name is recorded in the same country, and (422) when the country is unknown',
		tag: 'Partners',
		permission: 'admin or IAO officer',
		body: partnerInputSchema,
		response: { status: 201, description: 'The partner' },
		errors: [...createErrors, 'duplicate']
	},
	{
		method: 'get',
		path: '/api/v1/partners/{id}',
		summary:
			'A partner with its agreements, engagements (newest first), projects naming it and open commitments',
		tag: 'Partners',
		permission: 'any signed-in user',
		response: { status: 200, description: 'The partner' },
		errors: ['unauthenticated', 'not_found']
	},
	{
		method: 'put',
		path: '/api/v1/partners/{id}',
		summary:
			'Change a partner at the version read (`version` required): a stale save is refused (409 stale_version) naming the fields changed since and who changed them; checked as a new partner is (duplicate name in the country, unknown country)',
		tag: 'Partners',
		permission: 'admin or IAO officer',
		body: partnerInputSchema,
		response: { status: 200, description: 'The partner as changed' },
		errors: [...versionedChangeErrors, 'duplicate']
	},
	{
		method: 'get',
		path: '/api/v1/partners/{id}/briefing.pdf',
		summary:
			"The partner's one-page executive briefing (its facts, agreements, latest engagements, open commitments and projects) as a PDF: lang=th (default: the caller's language) or en",
		tag: 'Partners',
		permission: 'any signed-in user',
		query: briefingQuerySchema,
		response: { status: 200, description: 'The PDF file', mediaType: 'application/pdf' },
		errors: ['unauthenticated', 'not_found', 'validation_failed']
	},
	{
		method: 'post',
		path: '/api/v1/partners/{id}/agreements',
		idempotent: true,
		summary:
			'Record an agreement of the partner (and other partners party to it); review and expiry dates not before signing',
		tag: 'Partners',
		permission: 'admin or IAO officer',
		body: agreementInputSchema,
		response: { status: 201, description: 'The agreement' },
		errors: changeErrors
	},
	{
		method: 'put',
		path: '/api/v1/agreements/{id}',
		summary:
			'Change an agreement at the version read (`version` required; its parties stay as recorded): a stale save is refused (409 stale_version) naming the fields changed since',
		tag: 'Partners',
		permission: 'admin or IAO officer',
		body: agreementInputSchema,
		response: { status: 200, description: 'The agreement as changed, with its new version' },
		errors: versionedChangeErrors
	},
	{
		method: 'get',
		path: '/api/v1/partners/{id}/contacts',
		summary: "The partner's contact persons (personal data: work contact and purpose only)",
		tag: 'Partners',
		permission: 'admin or IAO officer',
		response: { status: 200, description: 'The contacts' },
		errors: ['unauthenticated', 'forbidden']
	},
	{
		method: 'post',
		path: '/api/v1/partners/{id}/contacts',
		idempotent: true,
		summary: 'Add a contact person with the purpose for keeping their details',
		tag: 'Partners',
		permission: 'admin or IAO officer',
		body: contactInputSchema,
		response: { status: 201, description: 'The contact' },
		errors: changeErrors
	},
	{
		method: 'delete',
		path: '/api/v1/partners/{id}/contacts/{contactId}',
		summary:
			'Erase a contact person on their request; the audit trail records the erasure without their details',
		tag: 'Partners',
		permission: 'admin or IAO officer',
		response: { status: 204, description: 'Erased' },
		errors: ['unauthenticated', 'forbidden', 'not_found']
	},
	{
		method: 'get',
		path: '/api/v1/engagements',
		summary:
			'Engagements overlapping the period from–to (ISO dates), optionally of one partner (hosting or taking part) and kind, newest first: {"items":[…],"total":N}',
		tag: 'Engagements',
		permission: 'any signed-in user',
		query: engagementFilterSchema,
		response: { status: 200, description: 'One page of engagements and the total' },
		errors: ['unauthenticated', 'validation_failed']
	},
	{
		method: 'post',
		path: '/api/v1/engagements',
		idempotent: true,
		summary:
			'Record an engagement with its participants, outcomes and commitments in one transaction; the end is not before the start, every referenced record must exist',
		tag: 'Engagements',
		permission: 'admin or IAO officer',
		body: engagementInputSchema,
		response: { status: 201, description: 'The id of the engagement' },
		errors: createErrors
	},
	{
		method: 'get',
		path: '/api/v1/engagements.ics',
		summary:
			'The engagements as an iCalendar feed (RFC 5545, text/calendar) of all-day events; the same filters as the list, up to 500 per page',
		tag: 'Engagements',
		permission: 'any signed-in user',
		query: engagementFilterSchema,
		response: { status: 200, description: 'An iCalendar document' },
		errors: ['unauthenticated', 'validation_failed']
	},
	{
		method: 'get',
		path: '/api/v1/engagements/{id}',
		summary:
			'An engagement with its participants and what each presented, outcomes, committees and commitments with their responsible agencies',
		tag: 'Engagements',
		permission: 'any signed-in user',
		response: { status: 200, description: 'The engagement' },
		errors: ['unauthenticated', 'not_found']
	},
	{
		method: 'put',
		path: '/api/v1/engagements/{id}',
		summary:
			"Change an engagement at the version the caller saw: its details, participants and outcomes are replaced by those given, checked as a new engagement's are; its commitments and committees stay as they are",
		tag: 'Engagements',
		permission: 'admin or IAO officer',
		body: engagementChangeSchema,
		response: { status: 200, description: 'The engagement as changed' },
		errors: versionedChangeErrors
	},
	{
		method: 'post',
		path: '/api/v1/engagements/{id}/commitments',
		idempotent: true,
		summary: 'Add a follow-up commitment, owned by one or more BMA agencies',
		tag: 'Engagements',
		permission: 'admin or IAO officer',
		body: commitmentInputSchema,
		response: { status: 201, description: 'The id of the commitment' },
		errors: changeErrors
	},
	{
		method: 'get',
		path: '/api/v1/committees',
		summary:
			'The committees set up by BMA orders (all, or those of one engagement), newest order first, with their mandate, members and how many commitments each oversees',
		tag: 'Engagements',
		permission: 'any signed-in user',
		query: committeeFilterSchema,
		response: { status: 200, description: 'The committees and their number' },
		errors: ['unauthenticated', 'validation_failed']
	},
	{
		method: 'post',
		path: '/api/v1/committees',
		idempotent: true,
		summary:
			'Record a committee by its BMA order (number, date), name, mandate and members (an agency, a role, or both); an order number already recorded is refused with a link to that committee',
		tag: 'Engagements',
		permission: 'admin or IAO officer',
		body: committeeInputSchema,
		response: { status: 201, description: 'The committee' },
		errors: [...createErrors, 'duplicate']
	},
	{
		method: 'get',
		path: '/api/v1/committees/{id}',
		summary: 'A committee with its members and the engagement it came from',
		tag: 'Engagements',
		permission: 'any signed-in user',
		response: { status: 200, description: 'The committee' },
		errors: ['unauthenticated', 'not_found']
	},
	{
		method: 'put',
		path: '/api/v1/committees/{id}',
		summary: 'Change a committee at the version the caller saw, checked as a new committee is',
		tag: 'Engagements',
		permission: 'admin or IAO officer',
		body: committeeInputSchema,
		response: { status: 200, description: 'The committee as changed' },
		errors: [...versionedChangeErrors, 'duplicate']
	},
	{
		method: 'put',
		path: '/api/v1/commitments/{id}',
		summary:
			'Change what a commitment is (title, details, scope, responsible agencies, partners, due date, project) at the version the caller saw; its status moves on by PATCH',
		tag: 'Engagements',
		permission: 'admin or IAO officer',
		body: commitmentChangeSchema,
		response: { status: 200, description: 'The commitment: its status and new version' },
		errors: versionedChangeErrors
	},
	{
		method: 'patch',
		path: '/api/v1/commitments/{id}',
		summary: "Change a commitment's status at the version the caller saw",
		tag: 'Engagements',
		permission: 'admin, IAO officer, or a reporter of a responsible agency',
		body: commitmentStatusInputSchema,
		response: { status: 200, description: 'The new status and version' },
		errors: versionedChangeErrors
	},
	{
		method: 'get',
		path: '/api/v1/practices',
		summary:
			'Foreign practices in the library filtered by words (q), measure category, source kind, region and SDG: {"items":[…],"total":N}',
		tag: 'Knowledge',
		permission: 'any signed-in user',
		query: practiceFilterSchema,
		response: { status: 200, description: 'The matching practices and their number' },
		errors: ['unauthenticated', 'validation_failed']
	},
	{
		method: 'post',
		path: '/api/v1/practices',
		idempotent: true,
		summary:
			'Record a practice, optionally linked to the partner it comes from; indexed for search',
		tag: 'Knowledge',
		permission: 'admin or IAO officer',
		body: practiceCreateSchema,
		response: { status: 201, description: 'The practice' },
		errors: createErrors
	},
	{
		method: 'get',
		path: '/api/v1/practices/{id}',
		summary: 'A practice with its source partner and the circulars that carried it',
		tag: 'Knowledge',
		permission: 'any signed-in user',
		response: { status: 200, description: 'The practice' },
		errors: ['unauthenticated', 'not_found']
	},
	{
		method: 'put',
		path: '/api/v1/practices/{id}',
		summary:
			'Change a practice at the version loaded; a stale version is refused (409) naming the fields changed since, and changes nothing',
		tag: 'Knowledge',
		permission: 'admin or IAO officer',
		body: practiceUpdateSchema,
		response: { status: 200, description: 'The practice' },
		errors: versionedChangeErrors
	},
	{
		method: 'get',
		path: '/api/v1/circulars',
		summary:
			'Circulars, newest first, with how many recipients acknowledged each: all for the IAO, those sent to their agencies for others: {"items":[…],"total":N}',
		tag: 'Knowledge',
		permission: 'any signed-in user',
		response: { status: 200, description: 'The circulars the caller may see' },
		errors: ['unauthenticated']
	},
	{
		method: 'post',
		path: '/api/v1/circulars',
		idempotent: true,
		summary: 'Send a circular carrying practices to agencies; each receives it now, to acknowledge',
		tag: 'Knowledge',
		permission: 'admin or IAO officer',
		body: circularSendSchema,
		response: { status: 201, description: 'The circular' },
		errors: createErrors
	},
	{
		method: 'get',
		path: '/api/v1/circulars/{id}',
		summary:
			'A circular with the practices it carries, its recipients (received, acknowledged, adoption and project) and its files',
		tag: 'Knowledge',
		permission: 'the IAO, or a user of a recipient agency',
		response: { status: 200, description: 'The circular' },
		errors: ['unauthenticated', 'not_found']
	},
	{
		method: 'post',
		path: '/api/v1/circulars/{id}/acknowledgements',
		summary: 'A recipient agency acknowledges the circular; acknowledging again changes nothing',
		tag: 'Knowledge',
		permission: 'admin, IAO officer or agency reporter acting for the agency',
		body: acknowledgementSchema,
		response: { status: 200, description: "The agency's receipt" },
		errors: changeErrors
	},
	{
		method: 'post',
		path: '/api/v1/circulars/{id}/adoptions',
		summary:
			'Record whether and how a recipient agency adopted what the circular carried, and the project that came of it',
		tag: 'Knowledge',
		permission: 'admin, IAO officer or agency reporter acting for the agency',
		body: adoptionRecordSchema,
		response: { status: 200, description: "The agency's receipt" },
		errors: changeErrors
	},
	{
		method: 'get',
		path: '/api/v1/search',
		summary:
			'One search over everything the caller may see, best first: {"total":N,"totalCapped":bool,"results":[{"type","id","title","snippet","url","score"}]}. Thai is split into words, Thai and Arabic digits match alike, English is stemmed, typos and partial words match titles; the snippet is HTML with matched words in <mark>. Counting stops at 1,000 (totalCapped). An empty query or one over 200 characters is refused with 422.',
		tag: 'Search',
		permission: 'any signed-in user',
		query: searchQuerySchema(searchTypes),
		response: { status: 200, schema: searchResponseSchema, description: 'The best matches' },
		errors: ['unauthenticated', 'validation_failed']
	}
];
