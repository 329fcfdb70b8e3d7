import { endpoint } from '#lib/server/api/index.ts';
import {
	acknowledgeCircular,
	acknowledgementSchema,
	circularReceiptSchema,
	presentCircularReceipt
} from '#lib/server/knowledge/index.ts';

export const POST = endpoint({
	path: '/api/v1/circulars/{id}/acknowledgements',
	operationId: 'acknowledgeCircular',
	summary: 'A recipient agency acknowledges the circular; acknowledging again changes nothing',
	description:
		'An agency reporter acts only for an agency they report for; an agency the circular was not sent to is not found.',
	tag: 'Knowledge',
	permission: 'circular.acknowledge',
	body: acknowledgementSchema,
	example: { agencyId: '5d2c9e81-7a4b-4c3d-8e6f-1a2b3c4d5e6f' },
	response: { status: 200, schema: circularReceiptSchema, description: "The agency's receipt" },
	async handle({ db, context, params, body }) {
		return presentCircularReceipt(await acknowledgeCircular(db, context, params.id, body.agencyId));
	}
});
