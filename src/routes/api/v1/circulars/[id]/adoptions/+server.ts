import { endpoint } from '#lib/server/api/index.ts';
import {
	adoptionRecordSchema,
	circularReceiptSchema,
	presentCircularReceipt,
	recordAdoption
} from '#lib/server/knowledge/index.ts';

export const POST = endpoint({
	path: '/api/v1/circulars/{id}/adoptions',
	operationId: 'recordCircularAdoption',
	summary:
		'Record whether and how a recipient agency adopted what the circular carried, and the project that came of it',
	description:
		'An agency reporter acts only for an agency they report for; an agency the circular was not sent to is not found.',
	tag: 'Knowledge',
	permission: 'circular.acknowledge',
	body: adoptionRecordSchema,
	example: {
		agencyId: '5d2c9e81-7a4b-4c3d-8e6f-1a2b3c4d5e6f',
		adoption: 'adopted',
		adoptionNote: 'นำไปใช้ในโครงการคัดแยกขยะของเขต',
		projectId: '9a8b7c6d-5e4f-4a3b-9c2d-1e0f2a3b4c5d'
	},
	response: { status: 200, schema: circularReceiptSchema, description: "The agency's receipt" },
	async handle({ db, context, params, body: { agencyId, ...adoption } }) {
		return presentCircularReceipt(await recordAdoption(db, context, params.id, agencyId, adoption));
	}
});
