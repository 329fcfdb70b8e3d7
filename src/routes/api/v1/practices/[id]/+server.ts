import { endpoint } from '#lib/server/api/index.ts';
import {
	practiceDetail,
	practiceDetailSchema,
	practiceSchema,
	practiceUpdateSchema,
	presentPractice,
	presentPracticeDetail,
	updatePractice
} from '#lib/server/knowledge/index.ts';
import { AppError, circularScope } from '#lib/server/platform/index.ts';

export const GET = endpoint({
	path: '/api/v1/practices/{id}',
	operationId: 'getPractice',
	summary: 'A practice with its source partner and the circulars that carried it',
	tag: 'Knowledge',
	permission: 'knowledge.read',
	response: { status: 200, schema: practiceDetailSchema, description: 'The practice' },
	async handle({ db, actor, params }) {
		const detail = await practiceDetail(db, params.id, circularScope(actor));
		if (!detail) throw new AppError('not_found');
		return presentPracticeDetail(detail);
	}
});

export const PUT = endpoint({
	path: '/api/v1/practices/{id}',
	operationId: 'updatePractice',
	summary:
		'Change a practice at the version loaded; a stale version is refused (409) naming the fields changed since, and changes nothing',
	tag: 'Knowledge',
	permission: 'practice.manage',
	body: practiceUpdateSchema,
	example: {
		sourceKind: 'city',
		sourceName: 'กรุงโซล',
		sourceNameEn: 'Seoul Metropolitan Government',
		country: 'เกาหลีใต้',
		region: 'east_asia',
		titleTh: 'ศูนย์ดูแลผู้สูงอายุใกล้บ้าน',
		titleEn: 'Neighbourhood elder care centres',
		summaryTh: 'เขตเปิดศูนย์ดูแลผู้สูงอายุรายวันในชุมชน ให้ผู้สูงอายุอยู่ใกล้ครอบครัวและได้ทำกิจกรรมร่วมกัน',
		actions: ['เปิดศูนย์ดูแลรายวันในอาคารของเขต', 'อบรมอาสาสมัครดูแลผู้สูงอายุ'],
		measureCategories: ['inclusive_city', 'social_protection'],
		sdgs: [3, 11],
		version: 2
	},
	response: { status: 200, schema: practiceSchema, description: 'The practice' },
	errors: ['stale_version'],
	async handle({ db, context, params, body }) {
		return presentPractice(await updatePractice(db, context, params.id, body));
	}
});
