import { endpoint } from '#lib/server/api/index.ts';
import { AppError, unsubmittedScope } from '#lib/server/platform/index.ts';
import {
	presentProject,
	projectDetail,
	projectExample,
	projectInputSchema,
	projectSchema,
	updateProject
} from '#lib/server/projects/index.ts';

export const GET = endpoint({
	path: '/api/v1/projects/{id}',
	operationId: 'getProject',
	summary:
		'A project with every field of the progress-report form, its partners (and any partners named but not found), its plan alignment and its reports',
	tag: 'Projects',
	permission: 'project.read',
	response: { status: 200, schema: projectSchema, description: 'The project' },
	async handle({ db, actor, params }) {
		const detail = await projectDetail(db, params.id, unsubmittedScope(actor));
		if (!detail) throw new AppError('not_found');
		return presentProject(detail);
	}
});

export const PUT = endpoint({
	path: '/api/v1/projects/{id}',
	operationId: 'updateProject',
	summary:
		"Replace a project's fields at the version its editor loaded; a save on an older version is refused (409) naming the fields changed since",
	tag: 'Projects',
	permission: 'project.edit',
	body: projectInputSchema,
	example: { ...projectExample, budgetSpent: 310_000, status: 'in_progress', version: 3 },
	response: { status: 200, schema: projectSchema, description: 'The saved project' },
	errors: ['stale_version', 'duplicate'],
	async handle({ db, actor, context, params, body }) {
		await updateProject(db, context, params.id, body);
		const detail = await projectDetail(db, params.id, unsubmittedScope(actor));
		if (!detail) throw new AppError('not_found');
		return presentProject(detail);
	}
});
