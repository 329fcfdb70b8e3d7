import { endpoint, listOf } from '#lib/server/api/index.ts';
import {
	agencyFilterSchema,
	agencySchema,
	listAgencies,
	presentAgency
} from '#lib/server/platform/index.ts';

export const GET = endpoint({
	path: '/api/v1/agencies',
	operationId: 'listAgencies',
	summary: 'The agency register: BMA departments, offices, IAO divisions and districts',
	tag: 'Agencies',
	permission: 'agency.read',
	query: agencyFilterSchema,
	response: { status: 200, schema: listOf(agencySchema), description: 'Agencies' },
	async handle({ db, query }) {
		const items = (await listAgencies(db, query)).map(presentAgency);
		return { items, total: items.length };
	}
});
