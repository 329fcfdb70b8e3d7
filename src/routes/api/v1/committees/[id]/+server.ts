import { endpoint } from '#lib/server/api/index.ts';
import {
	committeeExample,
	committeeInputSchema,
	committeeSchema,
	presentCommittee,
	updateCommittee
} from '#lib/server/engagements/index.ts';

export const GET = endpoint({
	path: '/api/v1/committees/{id}',
	operationId: 'getCommittee',
	summary: 'A committee with its members and the engagement it came from',
	tag: 'Engagements',
	permission: 'engagement.read',
	response: { status: 200, schema: committeeSchema, description: 'The committee' },
	async handle({ db, params }) {
		return presentCommittee(db, params.id);
	}
});

export const PUT = endpoint({
	path: '/api/v1/committees/{id}',
	operationId: 'updateCommittee',
	summary: 'Change a committee at the version the caller saw, checked as a new committee is',
	tag: 'Engagements',
	permission: 'engagement.manage',
	body: committeeInputSchema,
	example: { ...committeeExample, mandateTh: 'ติดตามและรายงานผลทุกไตรมาส', version: 1 },
	response: { status: 200, schema: committeeSchema, description: 'The committee as changed' },
	errors: ['stale_version', 'duplicate'],
	async handle({ db, context, params, body }) {
		await updateCommittee(db, context, params.id, body);
		return presentCommittee(db, params.id);
	}
});
