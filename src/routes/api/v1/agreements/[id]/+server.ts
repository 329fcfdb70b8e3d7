import { endpoint } from '#lib/server/api/index.ts';
import {
	agreementInputExample,
	agreementInputSchema,
	agreementSchema,
	presentAgreement,
	updateAgreement
} from '#lib/server/partners/index.ts';

export const PUT = endpoint({
	path: '/api/v1/agreements/{id}',
	operationId: 'updateAgreement',
	summary:
		'Change an agreement at the version read (`version` required; its parties stay as recorded): a stale save is refused (409 stale_version) naming the fields changed since',
	tag: 'Partners',
	permission: 'partner.manage',
	body: agreementInputSchema,
	example: {
		...agreementInputExample,
		status: 'under_review',
		noteTh: 'อยู่ระหว่างทบทวนแผนความร่วมมือฉบับใหม่',
		unverified: [],
		version: 2
	},
	response: {
		status: 200,
		schema: agreementSchema,
		description: 'The agreement as changed, with its new version'
	},
	errors: ['stale_version'],
	async handle({ db, context, params, body }) {
		return presentAgreement(await updateAgreement(db, context, params.id, body));
	}
});
