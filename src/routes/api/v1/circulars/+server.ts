import { endpoint, listOf } from '#lib/server/api/index.ts';
import {
	circularSchema,
	circularSendSchema,
	circularSummarySchema,
	listCirculars,
	presentCircular,
	sendCircular
} from '#lib/server/knowledge/index.ts';
import { circularScope } from '#lib/server/platform/index.ts';

export const GET = endpoint({
	path: '/api/v1/circulars',
	operationId: 'listCirculars',
	summary:
		'Circulars, newest first, with how many recipients acknowledged each: all for the IAO, those sent to their agencies for others: {"items":[…],"total":N}',
	tag: 'Knowledge',
	permission: 'knowledge.read',
	response: {
		status: 200,
		schema: listOf(circularSummarySchema),
		description: 'The circulars the caller may see'
	},
	async handle({ db, actor }) {
		const items = await listCirculars(db, circularScope(actor));
		return { items, total: items.length };
	}
});

export const POST = endpoint({
	path: '/api/v1/circulars',
	operationId: 'sendCircular',
	summary: 'Send a circular carrying practices to agencies; each receives it now, to acknowledge',
	tag: 'Knowledge',
	permission: 'circular.send',
	body: circularSendSchema,
	example: {
		documentNumber: 'กท ๐๔๑๐/๑๒๓',
		issuedOn: '2026-03-15',
		subject: 'แนวปฏิบัติที่ดีจากเมืองพันธมิตรด้านการจัดการขยะ',
		fromText: 'สำนักงานการต่างประเทศ',
		toText: 'ผู้อำนวยการสำนักสิ่งแวดล้อม',
		body: 'ด้วยสำนักงานการต่างประเทศได้รวบรวมแนวปฏิบัติที่ดีจากเมืองพันธมิตร จึงเรียนมาเพื่อโปรดพิจารณานำไปปรับใช้',
		signedBy: 'นางสาวสมใจ ใจดี',
		signedPosition: 'ผู้อำนวยการสำนักงานการต่างประเทศ',
		practiceIds: ['0b6f3a52-3c1e-4f0a-9d57-2f4e8b1c6a10'],
		recipientAgencyIds: ['5d2c9e81-7a4b-4c3d-8e6f-1a2b3c4d5e6f']
	},
	response: {
		status: 201,
		schema: circularSchema,
		description: 'The circular',
		location: (circular) => `/api/v1/circulars/${circular.id}`
	},
	idempotent: true,
	async handle({ db, context, body }) {
		return presentCircular(await sendCircular(db, context, body));
	}
});
