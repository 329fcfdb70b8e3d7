import { endpoint } from '#lib/server/api/index.ts';
import {
	addAlignment,
	alignmentInputSchema,
	alignmentSchema,
	presentAlignment
} from '#lib/server/plans/index.ts';

export const POST = endpoint({
	path: '/api/v1/alignments',
	operationId: 'createAlignment',
	summary: 'Link a plan element to an element of another plan that it serves',
	description: 'Administrators and IAO officers manage alignments (`alignment.manage`).',
	tag: 'Plans',
	permission: 'signed-in',
	body: alignmentInputSchema,
	example: {
		fromElementId: '0b5f3c1e-8d2a-4f6b-9c7e-2a1d4e6f8b90',
		toElementId: '7c9e2b4d-1f3a-4e5c-8b6d-9a0f1e2d3c4b',
		noteTh: 'ยุทธศาสตร์ด้านการต่างประเทศสนับสนุนการพัฒนาเมืองตามแผนแม่บท'
	},
	response: { status: 201, schema: alignmentSchema, description: 'The alignment' },
	errors: ['forbidden', 'not_found', 'duplicate'],
	idempotent: true,
	async handle({ db, context, body }) {
		return presentAlignment(await addAlignment(db, context, body));
	}
});
