import { endpoint } from '#lib/server/api/index.ts';
import { presentUser, setUserActive, userSchema } from '#lib/server/platform/index.ts';

export const POST = endpoint({
	path: '/api/v1/users/{id}/reactivate',
	operationId: 'reactivateUser',
	summary: 'Reactivate a user',
	tag: 'Users',
	permission: 'user.manage',
	response: { status: 200, schema: userSchema, description: 'Reactivated' },
	async handle({ db, context, params }) {
		return presentUser(await setUserActive(db, context, params.id, true));
	}
});
