import { endpoint, listOf } from '#lib/server/api/index.ts';
import {
	apiTokenIssueSchema,
	apiTokenSchema,
	AppError,
	findUserById,
	issueApiToken,
	issuedApiTokenSchema,
	listApiTokens,
	presentApiToken
} from '#lib/server/platform/index.ts';

export const GET = endpoint({
	path: '/api/v1/users/{id}/tokens',
	operationId: 'listApiTokens',
	summary: "A user's API tokens (never their secrets)",
	tag: 'Users',
	permission: 'apiToken.manage',
	response: { status: 200, schema: listOf(apiTokenSchema), description: 'Tokens' },
	async handle({ db, params }) {
		if (!(await findUserById(db, params.id))) throw new AppError('not_found');
		const items = (await listApiTokens(db, params.id)).map(presentApiToken);
		return { items, total: items.length };
	}
});

export const POST = endpoint({
	path: '/api/v1/users/{id}/tokens',
	operationId: 'issueApiToken',
	summary: 'Issue an API token for a user; the secret is in this response only',
	tag: 'Users',
	permission: 'apiToken.manage',
	body: apiTokenIssueSchema,
	example: { name: 'รายงานผลประจำเดือน', expiresInDays: 90 },
	response: { status: 201, schema: issuedApiTokenSchema, description: 'Issued' },
	async handle({ db, context, params, body }) {
		const { token, record } = await issueApiToken(db, context, { userId: params.id, ...body });
		return { token, apiToken: presentApiToken(record) };
	}
});
