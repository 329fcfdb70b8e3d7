import { endpoint } from '#lib/server/api/index.ts';
import { presentUser, unlockUser, userUnlockSchema } from '#lib/server/platform/index.ts';

export const POST = endpoint({
	path: '/api/v1/users/{id}/unlock',
	operationId: 'unlockUser',
	summary: 'Unlock a user: forget their failed logins from every address',
	tag: 'Users',
	permission: 'user.manage',
	response: { status: 200, schema: userUnlockSchema, description: 'Unlocked' },
	async handle({ db, context, params }) {
		const { user, failuresCleared } = await unlockUser(db, context, params.id);
		return { user: presentUser(user), failuresCleared };
	}
});
