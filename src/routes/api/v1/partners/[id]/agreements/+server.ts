import { endpoint } from '#lib/server/api/index.ts';
import {
	agreementInputExample,
	agreementInputSchema,
	agreementSchema,
	createAgreement,
	presentAgreement
} from '#lib/server/partners/index.ts';

export const POST = endpoint({
	path: '/api/v1/partners/{id}/agreements',
	operationId: 'createAgreement',
	summary:
		'Record an agreement of the partner (and other partners party to it); review and expiry dates not before signing',
	tag: 'Partners',
	permission: 'partner.manage',
	body: agreementInputSchema,
	example: agreementInputExample,
	response: { status: 201, schema: agreementSchema, description: 'The agreement' },
	idempotent: true,
	async handle({ db, context, params, body }) {
		return presentAgreement(await createAgreement(db, context, params.id, body));
	}
});
