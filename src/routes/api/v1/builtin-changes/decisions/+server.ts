import { endpoint } from '#lib/server/api/index.ts';
import { builtinDecisionSchema, decideBuiltinChange } from '#lib/server/builtin-changes.ts';

export const POST = endpoint({
	path: '/api/v1/builtin-changes/decisions',
	operationId: 'decideBuiltinChange',
	summary:
		"Use the file's value (applied at once, as a new version) or keep the person's, for one field",
	tag: 'Built-in data',
	permission: 'builtinChange.review',
	body: builtinDecisionSchema,
	example: { kind: 'agency', key: 'IAO', field: 'nameEn', decision: 'keep_person' },
	response: { status: 204, description: 'Decided' },
	errors: ['not_found'],
	async handle({ db, context, body }) {
		await decideBuiltinChange(db, context, body);
	}
});
