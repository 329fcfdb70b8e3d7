import { endpoint, listOf } from '#lib/server/api/index.ts';
import { builtinChangeSchema, listBuiltinChanges } from '#lib/server/builtin-changes.ts';

export const GET = endpoint({
	path: '/api/v1/builtin-changes',
	operationId: 'listBuiltinChanges',
	summary:
		'Fields of built-in records that both a person and the built-in data files changed, awaiting a decision',
	tag: 'Built-in data',
	permission: 'builtinChange.review',
	response: { status: 200, schema: listOf(builtinChangeSchema), description: 'Fields' },
	async handle({ db, actor }) {
		const items = await listBuiltinChanges(db, actor);
		return { items, total: items.length };
	}
});
