import { endpoint, listOf } from '#lib/server/api/index.ts';
import { AppError } from '#lib/server/platform/index.ts';
import {
	createPartner,
	findPartner,
	listPartners,
	partnerFilterSchema,
	partnerInputExample,
	partnerInputSchema,
	partnerSchema,
	presentPartner
} from '#lib/server/partners/index.ts';

export const GET = endpoint({
	path: '/api/v1/partners',
	operationId: 'listPartners',
	summary:
		'Partners filtered by text (names, country), kind, region group, status and country: {"items":[…],"total":N}, each with its last activity and whether it is dormant',
	tag: 'Partners',
	permission: 'partner.read',
	query: partnerFilterSchema,
	response: {
		status: 200,
		schema: listOf(partnerSchema),
		description: 'One page of partners and the total'
	},
	async handle({ app, db, query }) {
		const { items, total } = await listPartners(db, query, app.config.SAPHAN_PARTNER_DORMANT_YEARS);
		return { items: items.map((partner) => presentPartner(partner, partner.dormant)), total };
	}
});

export const POST = endpoint({
	path: '/api/v1/partners',
	operationId: 'createPartner',
	summary:
		'Record a partner; refused (409 duplicate, the message links the existing partner) when one of the same Thai or English name is recorded in the same country, and (422) when the country is unknown',
	tag: 'Partners',
	permission: 'partner.manage',
	body: partnerInputSchema,
	example: partnerInputExample,
	response: {
		status: 201,
		schema: partnerSchema,
		description: 'The partner',
		location: (partner) => `/api/v1/partners/${partner.id}`
	},
	errors: ['duplicate'],
	idempotent: true,
	async handle({ db, context, body }) {
		const created = await createPartner(db, context, body);
		const partner = await findPartner(db, created.id);
		if (!partner) throw new AppError('internal', { detail: 'a created partner is not found' });
		return presentPartner(partner, false);
	}
});
