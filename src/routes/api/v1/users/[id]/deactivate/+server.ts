import { endpoint } from '#lib/server/api/index.ts';
import { presentUser, setUserActive, userSchema } from '#lib/server/platform/index.ts';

export const POST = endpoint({
	path: '/api/v1/users/{id}/deactivate',
	operationId: 'deactivateUser',
	summary: 'Deactivate a user: ends their sessions and revokes their tokens',
	description: 'Refused (422) for the caller themselves and for the last active administrator.',
	tag: 'Users',
	permission: 'user.manage',
	response: { status: 200, schema: userSchema, description: 'Deactivated' },
	errors: ['validation_failed'],
	async handle({ db, context, params }) {
		return presentUser(await setUserActive(db, context, params.id, false));
	}
});
