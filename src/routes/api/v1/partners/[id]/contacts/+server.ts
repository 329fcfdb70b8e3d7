import { endpoint, listOf } from '#lib/server/api/index.ts';
import {
	addContact,
	contactInputSchema,
	partnerContactSchema,
	partnerContactsOf,
	presentContact
} from '#lib/server/partners/index.ts';

/** Contact persons are personal data: the IAO and admins only. */
export const GET = endpoint({
	path: '/api/v1/partners/{id}/contacts',
	operationId: 'listPartnerContacts',
	summary: "The partner's contact persons (personal data: work contact and purpose only)",
	tag: 'Partners',
	permission: 'partnerContact.manage',
	response: { status: 200, schema: listOf(partnerContactSchema), description: 'The contacts' },
	async handle({ db, params }) {
		const contacts = await partnerContactsOf(db, params.id);
		return { items: contacts.map(presentContact), total: contacts.length };
	}
});

export const POST = endpoint({
	path: '/api/v1/partners/{id}/contacts',
	operationId: 'createPartnerContact',
	summary: 'Add a contact person with the purpose for keeping their details',
	tag: 'Partners',
	permission: 'partnerContact.manage',
	body: contactInputSchema,
	example: {
		name: 'Kim Min-jun',
		position: 'Director, International Relations Division',
		workEmail: 'minjun.kim@seoul.go.kr',
		workPhone: '+82 2 2133 5260',
		purpose: 'ประสานงานการเยือนและโครงการความร่วมมือด้านสิ่งแวดล้อมกับกรุงโซล'
	},
	response: { status: 201, schema: partnerContactSchema, description: 'The contact' },
	idempotent: true,
	async handle({ db, context, params, body }) {
		return presentContact(await addContact(db, context, params.id, body));
	}
});
