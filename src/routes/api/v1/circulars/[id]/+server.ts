import { endpoint } from '#lib/server/api/index.ts';
import {
	circularDetail,
	circularDetailSchema,
	presentCircularDetail
} from '#lib/server/knowledge/index.ts';
import { AppError } from '#lib/server/platform/index.ts';

export const GET = endpoint({
	path: '/api/v1/circulars/{id}',
	operationId: 'getCircular',
	summary:
		'A circular with the practices it carries, its recipients (received, acknowledged, adoption and project) and its files',
	description:
		'The IAO reads every circular, others only those sent to their agencies; any other is not found.',
	tag: 'Knowledge',
	permission: 'knowledge.read',
	response: { status: 200, schema: circularDetailSchema, description: 'The circular' },
	async handle({ db, actor, params }) {
		const detail = await circularDetail(db, params.id, actor);
		if (!detail) throw new AppError('not_found');
		return presentCircularDetail(detail);
	}
});
