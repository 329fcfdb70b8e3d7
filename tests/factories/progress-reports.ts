import { eq } from 'drizzle-orm';
import type { Db } from '../../src/lib/server/db/client.ts';
import { systemActor, type Actor } from '../../src/lib/server/platform/actor.ts';
import {
	reportingReach,
	saveProgressReport
} from '../../src/lib/server/projects/progress-reports.ts';
import { projects } from '../../src/lib/server/projects/schema.ts';
import { progressReportInputSchema } from '../../src/lib/server/projects/schemas.ts';
import { inputOf, type Fields } from './input.ts';

/**
 * A progress report as its reporter enters it: a new draft, by default dated the first day its
 * project's fiscal year may be reported on, 10% done, on plan and on target.
 */
export async function makeProgressReport(
	db: Db,
	projectId: string,
	fields: Fields<typeof progressReportInputSchema> = {},
	actor: Actor = systemActor
) {
	const [project] = await db
		.select({ fiscalYear: projects.fiscalYear })
		.from(projects)
		.where(eq(projects.id, projectId));
	if (!project) throw new Error(`no project ${projectId}`);
	const defaults = {
		reportedOn: reportingReach(project.fiscalYear).from,
		statusText: 'ดำเนินการตามแผน',
		percentDone: 10,
		onPlan: true,
		onTarget: true
	};
	return saveProgressReport(
		db,
		{ actor },
		projectId,
		inputOf(progressReportInputSchema, defaults, fields)
	);
}
