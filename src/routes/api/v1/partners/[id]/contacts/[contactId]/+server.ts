import { endpoint } from '#lib/server/api/index.ts';
import { eraseContact } from '#lib/server/partners/index.ts';

/** Erases a contact person on their request (PDPA); the audit trail records the erasure. */
export const DELETE = endpoint({
	path: '/api/v1/partners/{id}/contacts/{contactId}',
	operationId: 'erasePartnerContact',
	summary:
		'Erase a contact person on their request; the audit trail records the erasure without their details',
	tag: 'Partners',
	permission: 'partnerContact.manage',
	response: { status: 204, description: 'Erased' },
	async handle({ db, context, params }) {
		await eraseContact(db, context, params.id, params.contactId);
	}
});
