import { endpoint } from '#lib/server/api/index.ts';
import { AppError, listApiTokens, revokeApiToken } from '#lib/server/platform/index.ts';

export const DELETE = endpoint({
	path: '/api/v1/users/{id}/tokens/{tokenId}',
	operationId: 'revokeApiToken',
	summary: 'Revoke an API token',
	tag: 'Users',
	permission: 'apiToken.manage',
	response: { status: 204, description: 'Revoked' },
	async handle({ db, context, params }) {
		const tokens = await listApiTokens(db, params.id);
		if (!tokens.some((token) => token.id === params.tokenId)) throw new AppError('not_found');
		await revokeApiToken(db, context, params.tokenId);
	}
});
