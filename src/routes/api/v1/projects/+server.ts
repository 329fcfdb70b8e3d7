import { endpoint, listOf } from '#lib/server/api/index.ts';
import { AppError, unsubmittedScope } from '#lib/server/platform/index.ts';
import {
	createProject,
	listedProjectSchema,
	listProjects,
	presentListedProject,
	presentProject,
	projectCreateSchema,
	projectDetail,
	projectExample,
	projectFilterSchema,
	projectSchema
} from '#lib/server/projects/index.ts';

export const GET = endpoint({
	path: '/api/v1/projects',
	operationId: 'listProjects',
	summary:
		'Projects filtered by fiscal year (BE), agency (id or code, lead or supporting), status, plan element, partner and text; sorted and paginated: {"items":[…],"total":N}',
	tag: 'Projects',
	permission: 'project.read',
	query: projectFilterSchema,
	response: {
		status: 200,
		schema: listOf(listedProjectSchema),
		description: 'One page of projects and the total'
	},
	async handle({ db, query }) {
		const { items, total } = await listProjects(db, query);
		return { items: items.map(presentListedProject), total };
	}
});

export const POST = endpoint({
	path: '/api/v1/projects',
	operationId: 'createProject',
	summary:
		'Register a project with every field of the progress-report form; agencies by id or code; dates within the fiscal year before to the one after; end not before start',
	tag: 'Projects',
	permission: 'project.create',
	body: projectCreateSchema,
	example: projectExample,
	response: {
		status: 201,
		schema: projectSchema,
		description: 'The project, as GET /api/v1/projects/{id} gives it'
	},
	errors: ['duplicate'],
	idempotent: true,
	async handle({ db, actor, context, body }) {
		const created = await createProject(db, context, body);
		const detail = await projectDetail(db, created.id, unsubmittedScope(actor));
		if (!detail) throw new AppError('internal', { detail: 'created project vanished' });
		return presentProject(detail);
	}
});
