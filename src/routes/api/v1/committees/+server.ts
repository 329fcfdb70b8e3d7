import { endpoint, listOf } from '#lib/server/api/index.ts';
import {
	committeeExample,
	committeeFilterSchema,
	committeeInputSchema,
	committeeSchema,
	createCommittee,
	listCommittees,
	presentCommittee,
	presentCommittees
} from '#lib/server/engagements/index.ts';

export const GET = endpoint({
	path: '/api/v1/committees',
	operationId: 'listCommittees',
	summary:
		'The committees set up by BMA orders (all, or those of one engagement), newest order first, with their mandate, members and how many commitments each oversees',
	tag: 'Engagements',
	permission: 'engagement.read',
	query: committeeFilterSchema,
	response: {
		status: 200,
		schema: listOf(committeeSchema),
		description: 'The committees and their number'
	},
	async handle({ db, query }) {
		const items = await presentCommittees(
			db,
			await listCommittees(db, { engagementId: query.engagement })
		);
		return { items, total: items.length };
	}
});

export const POST = endpoint({
	path: '/api/v1/committees',
	operationId: 'createCommittee',
	summary:
		'Record a committee by its BMA order (number, date), name, mandate and members (an agency, a role, or both); an order number already recorded is refused with a link to that committee',
	tag: 'Engagements',
	permission: 'engagement.manage',
	body: committeeInputSchema,
	example: committeeExample,
	response: {
		status: 201,
		schema: committeeSchema,
		description: 'The committee',
		location: ({ id }) => `/api/v1/committees/${id}`
	},
	errors: ['duplicate'],
	idempotent: true,
	async handle({ db, context, body }) {
		const { id } = await createCommittee(db, context, body);
		return presentCommittee(db, id);
	}
});
