import { endpoint } from '#lib/server/api/index.ts';
import {
	addCommitment,
	commitmentInputSchema,
	createdSchema
} from '#lib/server/engagements/index.ts';

export const POST = endpoint({
	path: '/api/v1/engagements/{id}/commitments',
	operationId: 'createCommitment',
	summary: 'Add a follow-up commitment, owned by one or more BMA agencies',
	tag: 'Engagements',
	permission: 'engagement.manage',
	body: commitmentInputSchema,
	example: {
		titleTh: 'จัดทำแผนแลกเปลี่ยนเจ้าหน้าที่ด้านการจัดการขยะ',
		scope: 'bilateral',
		agencyIds: ['6f1c2d3e-4b5a-4978-8a1b-2c3d4e5f6a7b'],
		partnerIds: ['0b5e7c1a-3f2d-4c8e-9a61-5d4f2e8b7c90'],
		dueOn: '2026-03-31'
	},
	response: { status: 201, schema: createdSchema, description: 'The id of the commitment' },
	idempotent: true,
	async handle({ db, context, params, body }) {
		return { id: await addCommitment(db, context, params.id, body) };
	}
});
