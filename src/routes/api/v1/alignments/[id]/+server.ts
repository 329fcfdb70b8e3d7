import { endpoint } from '#lib/server/api/index.ts';
import { removeAlignment } from '#lib/server/plans/index.ts';

export const DELETE = endpoint({
	path: '/api/v1/alignments/{id}',
	operationId: 'deleteAlignment',
	summary: 'Remove an alignment',
	description: 'Administrators and IAO officers manage alignments (`alignment.manage`).',
	tag: 'Plans',
	permission: 'signed-in',
	response: { status: 204, description: 'Removed' },
	errors: ['forbidden'],
	async handle({ db, context, params }) {
		await removeAlignment(db, context, params.id);
	}
});
