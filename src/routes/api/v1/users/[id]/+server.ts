import { endpoint } from '#lib/server/api/index.ts';
import {
	AppError,
	findUserById,
	presentUser,
	updateUser,
	userSchema,
	userUpdateSchema
} from '#lib/server/platform/index.ts';

export const GET = endpoint({
	path: '/api/v1/users/{id}',
	operationId: 'getUser',
	summary: 'One user',
	tag: 'Users',
	permission: 'user.read',
	response: { status: 200, schema: userSchema, description: 'The user' },
	async handle({ db, params }) {
		const user = await findUserById(db, params.id);
		if (!user) throw new AppError('not_found');
		return presentUser(user);
	}
});

export const PATCH = endpoint({
	path: '/api/v1/users/{id}',
	operationId: 'updateUser',
	summary: 'Change a user; refused with 409 when `version` is no longer current',
	tag: 'Users',
	permission: 'user.manage',
	body: userUpdateSchema,
	example: {
		version: 3,
		displayName: 'สมชาย ใจดี',
		roles: ['agency_reporter', 'viewer'],
		agencyIds: ['0b6f1c52-3c1e-4d7a-9a51-8f0e6f4b2a17']
	},
	response: { status: 200, schema: userSchema, description: 'Updated' },
	errors: ['stale_version'],
	async handle({ db, context, params, body }) {
		return presentUser(await updateUser(db, context, params.id, body));
	}
});
