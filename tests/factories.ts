import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../src/lib/server/db/client.ts';
import { systemActor, type Actor } from '../src/lib/server/platform/actor.ts';
import {
	builtinAgencySchema,
	loadBuiltinAgencies
} from '../src/lib/server/platform/agencies/load-builtin.ts';
import type { Role } from '../src/lib/server/platform/kinds.ts';
import { createUser } from '../src/lib/server/platform/users/create-user.ts';
import { loadActor } from '../src/lib/server/platform/users/repository.ts';
import { builtinPlanSchema } from '../src/lib/server/plans/builtin-schema.ts';
import { loadBuiltinPlan } from '../src/lib/server/plans/load-builtin.ts';
import { kpis, plans } from '../src/lib/server/plans/schema.ts';
import { builtinProjectSchema } from '../src/lib/server/projects/builtin-schema.ts';
import { loadBuiltinProject } from '../src/lib/server/projects/load-builtin.ts';
import { projects } from '../src/lib/server/projects/schema.ts';

export const testPassword = 'a-long-test-password';

/** The BMA and its IAO, and the further agencies given, checked and loaded as built-in data is. */
export async function loadAgencies(db: Db, ...more: object[]): Promise<void> {
	await db.transaction((tx) =>
		loadBuiltinAgencies(
			tx,
			{ actor: systemActor },
			builtinAgencySchema.parse([
				{ code: 'BMA', kind: 'administration', nameTh: 'กทม.', nameEn: 'BMA', verified: true },
				{
					code: 'IAO',
					kind: 'office',
					nameTh: 'สกต.',
					nameEn: 'IAO',
					parent: 'BMA',
					verified: true
				},
				...more
			])
		)
	);
}

/** Makes a user with its own unique name; returns the user and the actor it acts as. */
export async function makeUser(
	db: Db,
	options: { roles?: Role[]; agencyIds?: string[]; username?: string } = {}
) {
	const username = options.username ?? `user-${randomBytes(4).toString('hex')}`;
	const user = await createUser(
		db,
		{ actor: systemActor },
		{
			username,
			displayName: `Test ${username}`,
			email: null,
			password: testPassword,
			roles: options.roles ?? ['viewer'],
			agencyIds: options.agencyIds ?? [],
			locale: 'th'
		}
	);
	const actor = (await loadActor(db, user.id)) as Actor;
	return { user, actor };
}

/** A small plan with one strategy, one tactic and a 3-level maturity KPI led by `agencyCode`. */
export async function makePlan(db: Db, agencyCode = 'IAO') {
	const code = `TEST-${randomBytes(3).toString('hex').toUpperCase()}`;
	await db.transaction((tx) =>
		loadBuiltinPlan(
			tx,
			{ actor: systemActor },
			builtinPlanSchema.parse({
				code,
				level: 'agency',
				titleTh: 'แผนทดสอบ',
				titleEn: 'Test plan',
				issuerTh: 'สำนักงานการต่างประเทศ',
				issuerEn: 'International Affairs Office',
				fiscalYearStart: 2566,
				fiscalYearEnd: 2570,
				sourceDocument: 'test',
				elements: [
					{
						kind: 'strategy',
						code: '1',
						titleTh: 'ยุทธศาสตร์ที่ 1',
						children: [
							{
								kind: 'tactic',
								code: '1.1',
								titleTh: 'กลยุทธ์ 1.1',
								kpis: [
									{
										code: '1.1',
										kind: 'maturity',
										titleTh: 'ระดับความสำเร็จ',
										leadAgencies: [agencyCode],
										levels: [
											{ level: 1, th: 'ระดับ 1' },
											{ level: 2, th: 'ระดับ 2' },
											{ level: 3, th: 'ระดับ 3' }
										],
										targets: [2566, 2567, 2568, 2569, 2570].map((fiscalYear, index) => ({
											fiscalYear,
											value: Math.min(index + 1, 3)
										}))
									}
								]
							}
						]
					}
				]
			})
		)
	);
	const [plan] = await db.select().from(plans).where(eq(plans.code, code));
	const [kpi] = await db
		.select()
		.from(kpis)
		.where(eq(kpis.planId, plan?.id ?? ''));
	if (!plan || !kpi) throw new Error('test plan not created');
	return { plan, kpi };
}

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
