import { endpoint, listOf } from '#lib/server/api/index.ts';
import {
	createdSchema,
	createEngagement,
	engagementFilterSchema,
	engagementInputSchema,
	engagementSchema,
	listEngagements,
	presentEngagement
} from '#lib/server/engagements/index.ts';

export const GET = endpoint({
	path: '/api/v1/engagements',
	operationId: 'listEngagements',
	summary:
		'Engagements overlapping the period from–to (ISO dates), optionally of one partner (hosting or taking part) and kind, newest first: {"items":[…],"total":N}',
	tag: 'Engagements',
	permission: 'engagement.read',
	query: engagementFilterSchema,
	response: {
		status: 200,
		schema: listOf(engagementSchema),
		description: 'One page of engagements and the total'
	},
	async handle({ db, query }) {
		const { items, total } = await listEngagements(db, query);
		return { items: items.map(presentEngagement), total };
	}
});

export const POST = endpoint({
	path: '/api/v1/engagements',
	operationId: 'createEngagement',
	summary:
		'Record an engagement with its participants, outcomes and commitments in one transaction; the end is not before the start, every referenced record must exist',
	tag: 'Engagements',
	permission: 'engagement.manage',
	body: engagementInputSchema,
	example: {
		kind: 'visit_in',
		titleTh: 'คณะผู้แทนกรุงโซลเยือนกรุงเทพมหานคร',
		titleEn: 'Seoul Metropolitan Government delegation visits Bangkok',
		startsOn: '2025-08-04',
		endsOn: '2025-08-05',
		venue: 'ศาลาว่าการกรุงเทพมหานคร',
		city: 'กรุงเทพมหานคร',
		countryCode: 'TH',
		topics: ['คุณภาพอากาศ', 'ฝุ่น PM2.5'],
		participants: [{ partnerId: '0b5e7c1a-3f2d-4c8e-9a61-5d4f2e8b7c90', headcount: 10 }],
		outcomes: [{ kind: 'decision', titleTh: 'แลกเปลี่ยนข้อมูลคุณภาพอากาศ' }],
		commitments: [
			{
				titleTh: 'ส่งข้อมูลฝุ่นรายเดือนให้กรุงโซล',
				scope: 'bilateral',
				agencyIds: ['6f1c2d3e-4b5a-4978-8a1b-2c3d4e5f6a7b'],
				dueOn: '2025-12-31'
			}
		]
	},
	response: {
		status: 201,
		schema: createdSchema,
		description: 'The id of the engagement',
		location: ({ id }) => `/api/v1/engagements/${id}`
	},
	idempotent: true,
	async handle({ db, context, body }) {
		return { id: await createEngagement(db, context, body) };
	}
});
