import { endpoint, listOf } from '#lib/server/api/index.ts';
import {
	createUser,
	listUsers,
	presentUser,
	userCreateSchema,
	userSchema
} from '#lib/server/platform/index.ts';

export const GET = endpoint({
	path: '/api/v1/users',
	operationId: 'listUsers',
	summary: 'All users',
	tag: 'Users',
	permission: 'user.read',
	response: { status: 200, schema: listOf(userSchema), description: 'Users' },
	async handle({ db }) {
		const items = (await listUsers(db)).map(presentUser);
		return { items, total: items.length };
	}
});

export const POST = endpoint({
	path: '/api/v1/users',
	operationId: 'createUser',
	summary: 'Create a user',
	tag: 'Users',
	permission: 'user.manage',
	body: userCreateSchema,
	example: {
		username: 'somchai.j',
		displayName: 'สมชาย ใจดี',
		email: 'somchai.j@bangkok.go.th',
		password: 'correct-horse-battery',
		roles: ['agency_reporter'],
		agencyIds: ['0b6f1c52-3c1e-4d7a-9a51-8f0e6f4b2a17'],
		locale: 'th'
	},
	response: { status: 201, schema: userSchema, description: 'Created' },
	errors: ['duplicate'],
	idempotent: true,
	async handle({ db, context, body }) {
		return presentUser(await createUser(db, context, body));
	}
});
