import { z } from 'zod';
import { agencyFilterSchema, agencySchema } from '../platform/agencies/repository.ts';
import { apiTokenSchema } from '../platform/auth/api-tokens.ts';
import { apiTokenIssueSchema, sessionCreateSchema } from '../platform/auth/schemas.ts';
import { errorStatus } from '../platform/errors.ts';
import { userSchema } from '../platform/users/presenter.ts';
import { userCreateSchema, userUpdateSchema } from '../platform/users/schemas.ts';
import {
	alignmentInputSchema,
	kpiResultInputSchema,
	kpiResultReviewSchema,
	kpiResultTransitionSchema
} from '../plans/schemas.ts';
import { projectFilterSchema } from '../projects/repository.ts';
import {
	progressReportInputSchema,
	progressReportReviewSchema,
	progressReportTransitionSchema
} from '../projects/schemas.ts';
import { searchTypes } from '../search-sources.ts';
import { searchQuerySchema, searchResponseSchema } from '../search/schemas.ts';

export interface Operation {
	method: 'get' | 'post' | 'put' | 'patch' | 'delete';
	path: string;
	summary: string;
	tag: string;
	/** Who may call it, in words; every operation but login and health needs a session or token. */
	permission: string;
	query?: z.ZodObject;
	body?: z.ZodType;
	response?: { status: number; schema?: z.ZodType; description: string };
	errors: (keyof typeof errorStatus)[];
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

/** What any write in a review workflow (save, submit, review) can be refused with. */
const reviewWorkflowErrors: Operation['errors'] = [
	'unauthenticated',
	'forbidden',
	'not_found',
	'malformed_json',
	'validation_failed',
	'locked',
	'invalid_transition',
	'stale_version'
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
		errors: ['malformed_json', 'validation_failed', 'invalid_credentials', 'too_many_attempts']
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
		summary: 'Create a user',
		tag: 'Users',
		permission: 'admin',
		body: userCreateSchema,
		response: { status: 201, schema: userSchema, description: 'Created' },
		errors: [
			'unauthenticated',
			'forbidden',
			'malformed_json',
			'validation_failed',
			'payload_too_large'
		]
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
		errors: [
			'unauthenticated',
			'forbidden',
			'not_found',
			'malformed_json',
			'validation_failed',
			'stale_version'
		]
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
		errors: ['unauthenticated', 'forbidden', 'not_found', 'malformed_json', 'validation_failed']
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
			'A project with every field of the progress-report form, its plan alignment and its reports',
		tag: 'Projects',
		permission: 'any signed-in user',
		response: { status: 200, description: 'The project' },
		errors: ['unauthenticated', 'not_found']
	},
	{
		method: 'post',
		path: '/api/v1/projects/{id}/reports',
		summary:
			"Start the project's next progress report as a draft (the sequence is the next one; % done 0–100, below the previous approved % only with decreaseReason; reportedOn from the start of the fiscal year to 6 months after its end)",
		tag: 'Projects',
		permission: "admin, IAO officer, or a reporter of the project's lead or supporting agencies",
		body: progressReportInputSchema,
		response: { status: 201, description: 'The draft report' },
		errors: ['unauthenticated', 'forbidden', 'not_found', 'malformed_json', 'validation_failed']
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
