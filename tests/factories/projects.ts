import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../../src/lib/server/db/client.ts';
import { systemActor } from '../../src/lib/server/platform/actor.ts';
import { builtinProjectSchema } from '../../src/lib/server/projects/builtin-schema.ts';
import { loadBuiltinProject } from '../../src/lib/server/projects/load-builtin.ts';
import { projects } from '../../src/lib/server/projects/schema.ts';

/**
 * A project of `fiscalYear` led by `leadAgency` (and supported by `supportingAgencies`), with the
 * given built-in (approved) reports; the agencies must be loaded.
 */
export async function makeProject(
	db: Db,
	options: {
		leadAgency: string;
		supportingAgencies?: string[];
		fiscalYear?: number;
		reports?: unknown[];
	}
) {
	const code = `TEST-${randomBytes(4).toString('hex').toUpperCase()}`;
	await db.transaction((tx) =>
		loadBuiltinProject(
			tx,
			{ actor: systemActor },
			builtinProjectSchema.parse({
				code,
				titleTh: 'โครงการทดสอบ',
				fiscalYear: options.fiscalYear ?? 2569,
				budgetReceived: 1_000_000,
				leadAgency: options.leadAgency,
				supportingAgencies: options.supportingAgencies ?? [],
				reports: options.reports ?? []
			})
		)
	);
	const [project] = await db.select().from(projects).where(eq(projects.code, code));
	if (!project) throw new Error('test project not created');
	return project;
}
