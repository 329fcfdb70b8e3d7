import { endpoint, listOf } from '#lib/server/api/index.ts';
import {
	createPractice,
	practiceCreateSchema,
	practiceFilterSchema,
	practiceLibrary,
	practiceSchema,
	presentPractice
} from '#lib/server/knowledge/index.ts';

export const GET = endpoint({
	path: '/api/v1/practices',
	operationId: 'listPractices',
	summary:
		'Foreign practices in the library filtered by words (q), measure category, source kind, region and SDG: {"items":[…],"total":N}',
	tag: 'Knowledge',
	permission: 'knowledge.read',
	query: practiceFilterSchema,
	response: {
		status: 200,
		schema: listOf(practiceSchema),
		description: 'The matching practices and their number'
	},
	async handle({ db, query }) {
		const { items } = await practiceLibrary(db, query);
		return { items: items.map(presentPractice), total: items.length };
	}
});

export const POST = endpoint({
	path: '/api/v1/practices',
	operationId: 'createPractice',
	summary: 'Record a practice, optionally linked to the partner it comes from; indexed for search',
	tag: 'Knowledge',
	permission: 'practice.manage',
	body: practiceCreateSchema,
	example: {
		sourceKind: 'city',
		sourceName: 'เมืองโยโกฮามา',
		sourceNameEn: 'City of Yokohama',
		country: 'ญี่ปุ่น',
		region: 'east_asia',
		titleTh: 'ธนาคารอาหารชุมชนริมคลอง',
		summaryTh: 'ชุมชนแบ่งปันอาหารส่วนเกินจากร้านค้าให้ผู้มีรายได้น้อย ผ่านจุดรับบริจาคของเขต',
		actions: ['ตั้งจุดรับบริจาคอาหารในชุมชน', 'จับคู่ร้านค้ากับครัวเรือนผู้มีรายได้น้อย'],
		measureCategories: ['social_protection'],
		themes: ['ความมั่นคงทางอาหาร'],
		sdgs: [2, 12],
		asOf: '2026-03-01',
		language: 'th'
	},
	response: {
		status: 201,
		schema: practiceSchema,
		description: 'The practice',
		location: (practice) => `/api/v1/practices/${practice.id}`
	},
	idempotent: true,
	async handle({ db, context, body }) {
		return presentPractice(await createPractice(db, context, body));
	}
});
