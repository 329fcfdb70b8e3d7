import { endpoint } from '#lib/server/api/index.ts';
import { AppError, findUserById, presentUser, userSchema } from '#lib/server/platform/index.ts';

export const GET = endpoint({
	path: '/api/v1/me',
	operationId: 'getCurrentUser',
	summary: 'The signed-in user',
	tag: 'Session',
	permission: 'account.manage',
	response: { status: 200, schema: userSchema, description: 'The user' },
	errors: ['not_found'],
	async handle({ db, actor }) {
		const user = await findUserById(db, actor.id ?? '');
		if (!user) throw new AppError('not_found');
		return presentUser(user);
	}
});
