import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../src/lib/server/db/client.ts';
import { systemActor } from '../../src/lib/server/platform/actor.ts';
import { builtinProjectSchema } from '../../src/lib/server/projects/builtin-schema.ts';
import { loadBuiltinProject } from '../../src/lib/server/projects/load-builtin.ts';
import { projects } from '../../src/lib/server/projects/schema.ts';

/**
 * A project led by `leadAgency`, loaded as a project file is, with the reports given as approved
 * ones: by default of FY2569, with a budget of a million baht and a code of its own. `fields` are
 * any of a project file's; the agencies must be loaded.
 */
export async function makeProject(
	db: Db,
	fields: Partial<z.input<typeof builtinProjectSchema>> & { leadAgency: string }
) {
	const project = builtinProjectSchema.parse({
		code: `TEST-${randomBytes(4).toString('hex').toUpperCase()}`,
		titleTh: 'โครงการทดสอบ',
		fiscalYear: 2569,
		budgetReceived: 1_000_000,
		...fields
	});
	await db.transaction((tx) => loadBuiltinProject(tx, { actor: systemActor }, project));
	const [made] = await db.select().from(projects).where(eq(projects.code, project.code));
	if (!made) throw new Error('test project not created');
	return made;
}
