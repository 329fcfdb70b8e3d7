import type { Executor } from '#lib/server/db/index.ts';
import { endpoint } from '#lib/server/api/index.ts';
import {
	engagementChangeSchema,
	engagementDetail,
	engagementDetailSchema,
	presentEngagementDetail,
	updateEngagement
} from '#lib/server/engagements/index.ts';
import { AppError } from '#lib/server/platform/index.ts';

/** One engagement as the API shows it, or 404. */
async function presented(executor: Executor, id: string) {
	const detail = await engagementDetail(executor, id);
	if (!detail) throw new AppError('not_found');
	return presentEngagementDetail(detail);
}

export const GET = endpoint({
	path: '/api/v1/engagements/{id}',
	operationId: 'getEngagement',
	summary:
		'An engagement with its participants and what each presented, outcomes, committees and commitments with their responsible agencies',
	tag: 'Engagements',
	permission: 'engagement.read',
	response: { status: 200, schema: engagementDetailSchema, description: 'The engagement' },
	async handle({ db, params }) {
		return presented(db, params.id);
	}
});

export const PUT = endpoint({
	path: '/api/v1/engagements/{id}',
	operationId: 'updateEngagement',
	summary:
		"Change an engagement at the version the caller saw: its details, participants and outcomes are replaced by those given, checked as a new engagement's are; its commitments and committees stay as they are",
	tag: 'Engagements',
	permission: 'engagement.manage',
	body: engagementChangeSchema,
	example: {
		kind: 'visit_in',
		titleTh: 'คณะผู้แทนกรุงโซลเยือนกรุงเทพมหานคร ครั้งที่ 2',
		startsOn: '2025-08-04',
		endsOn: '2025-08-05',
		participants: [{ partnerId: '0b5e7c1a-3f2d-4c8e-9a61-5d4f2e8b7c90', headcount: 12 }],
		outcomes: [{ kind: 'joint_project', titleTh: 'โครงการตรวจวัดฝุ่นร่วมกัน' }],
		version: 1
	},
	response: {
		status: 200,
		schema: engagementDetailSchema,
		description: 'The engagement as changed'
	},
	errors: ['stale_version'],
	async handle({ db, context, params, body }) {
		await updateEngagement(db, context, params.id, body);
		return presented(db, params.id);
	}
});
