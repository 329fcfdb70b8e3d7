import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencies, auditLog } from '../../src/lib/server/db/schema.ts';
import { systemActor, type Actor } from '../../src/lib/server/platform/actor.ts';
import { AppError, userMessage } from '../../src/lib/server/platform/errors.ts';
import { parseInput } from '../../src/lib/server/platform/validation.ts';
import { builtinProjectSchema } from '../../src/lib/server/projects/builtin-schema.ts';
import { loadBuiltinProject } from '../../src/lib/server/projects/load-builtin.ts';
import { saveProgressReport } from '../../src/lib/server/projects/progress-reports.ts';
import { projectDetail } from '../../src/lib/server/projects/repository.ts';
import { createProject, updateProject } from '../../src/lib/server/projects/save-project.ts';
import { projectAgencies, projects } from '../../src/lib/server/projects/schema.ts';
import { projectInputSchema, type ProjectInput } from '../../src/lib/server/projects/schemas.ts';
import { district, loadAgencies, makePlan, makeUser } from '../factories/index.ts';
import { createTestDatabase, type TestDatabase, refusal } from './harness.ts';

let test: TestDatabase;
let officer: Actor;
const agencyId: Record<string, string> = {};
beforeAll(async () => {
	test = await createTestDatabase();
	await loadAgencies(test.database.db, district('D1001', '1001'), district('D1002', '1002'));
	for (const row of await test.database.db.select().from(agencies)) agencyId[row.code] = row.id;
	officer = (await makeUser(test.database.db, { roles: ['iao_officer'] })).actor;
});
afterAll(() => test.drop());

let codes = 0;
/** A FY2569 project (2025-10-01 … 2026-09-30) led by D1001, as the API would take it. */
const input = (changes: Record<string, unknown> = {}): ProjectInput =>
	parseInput(projectInputSchema, {
		code: `04160000-${String(++codes).padStart(4, '0')}`,
		titleTh: 'โครงการส่งเสริมความร่วมมือกับเมืองพี่เมืองน้อง',
		titleEn: 'Sister-city cooperation',
		fiscalYear: 2569,
		startDate: '2025-10-01',
		endDate: '2026-09-29',
		budgetReceived: 250_000,
		leadAgencies: ['D1001'],
		supportingAgencies: ['IAO'],
		responsiblePerson: 'นางสาวพลอยนภัส พัฒน์ธัญ',
		responsiblePhone: '1521',
		coordinator: 'นางวิมลพรรณ พิมสาร',
		rationaleTh: 'เพื่อเรียนรู้แนวปฏิบัติที่ดีจากเมืองพี่เมืองน้อง',
		objectives: ['เพื่อกระชับความสัมพันธ์', 'เพื่อแลกเปลี่ยนความร่วมมือเชิงเทคนิค'],
		targetsTh: 'ข้าราชการ 20 คน',
		themes: ['คุณภาพชีวิต'],
		isNew: true,
		...changes
	});

/** Everything a refused write must leave as it was: the projects, their agencies and the trail. */
async function snapshot() {
	const { db } = test.database;
	return {
		projects: await db.select().from(projects).orderBy(asc(projects.id)),
		agencies: await db.select().from(projectAgencies).orderBy(asc(projectAgencies.projectId)),
		trail: (await db.select({ id: auditLog.id }).from(auditLog)).length
	};
}

describe('creating a project', () => {
	it('saves every field of the form with its agencies and plan alignment, audited', async () => {
		const { db } = test.database;
		const { kpi } = await makePlan(db);
		const created = await createProject(
			db,
			{ actor: officer },
			input({ alignment: [{ elementId: kpi.elementId, kpiId: kpi.id, noteTh: 'มิติที่ 1' }] })
		);
		expect(created).toMatchObject({
			fiscalYear: 2569,
			budgetReceived: 250_000,
			isNew: true,
			status: 'planned',
			version: 1,
			objectives: ['เพื่อกระชับความสัมพันธ์', 'เพื่อแลกเปลี่ยนความร่วมมือเชิงเทคนิค']
		});
		const detail = await projectDetail(db, created.id, 'every');
		expect(detail?.agencies.map((agency) => [agency.code, agency.role])).toEqual([
			['D1001', 'lead'],
			['IAO', 'supporting']
		]);
		expect(detail?.alignment).toMatchObject([{ kpiId: kpi.id, noteTh: 'มิติที่ 1' }]);
		const [entry] = await db.select().from(auditLog).where(eq(auditLog.entityId, created.id));
		expect(entry).toMatchObject({ action: 'create', entityType: 'project' });
		expect(entry?.after).toMatchObject({
			titleTh: created.titleTh,
			leadAgencies: [agencyId.D1001],
			version: 1
		});
	});

	it('is for the IAO: a reporter may not register a project', async () => {
		const reporter = (
			await makeUser(test.database.db, {
				roles: ['agency_reporter'],
				agencyIds: [agencyId.D1001 ?? '']
			})
		).actor;
		const before = await snapshot();
		const refused = await refusal(createProject(test.database.db, { actor: reporter }, input()));
		expect(refused.code).toBe('forbidden');
		expect(await snapshot()).toEqual(before);
	});

	it('refuses bad input with a message for each field, and changes nothing', async () => {
		const { db } = test.database;
		const before = await snapshot();
		const refused = await refusal(
			createProject(
				db,
				{ actor: officer },
				input({
					leadAgencies: ['NOWHERE'],
					startDate: '2026-05-01',
					endDate: '2026-01-01',
					alignment: [{ elementId: '00000000-0000-4000-8000-000000000000' }]
				})
			)
		);
		expect(refused.code).toBe('validation_failed');
		expect(refused.fields).toMatchObject({
			leadAgencies: { key: 'validation.unknownAgency' },
			endDate: { key: 'validation.endBeforeStart' },
			alignment: { key: 'validation.unknownPlanElement' }
		});
		const outside = await refusal(
			createProject(db, { actor: officer }, input({ startDate: '2019-10-01' }))
		);
		expect(outside.fields?.startDate).toMatchObject({
			key: 'validation.projectDateOutsideReach',
			params: { from: '2024-10-01', to: '2027-09-30' }
		});
		expect(await snapshot()).toEqual(before);
	});

	it('says a budget that is not a number is not one, in Thai and English', () => {
		const caught = (() => {
			try {
				input({ budgetReceived: 'a lot' });
			} catch (error) {
				return error as AppError;
			}
		})();
		expect(caught?.fields?.budgetReceived?.key).toBe('validation.number');
	});

	it('refuses a code another project has', async () => {
		const { db } = test.database;
		const first = await createProject(db, { actor: officer }, input());
		const refused = await refusal(
			createProject(db, { actor: officer }, input({ code: first.code }))
		);
		expect(refused.code).toBe('duplicate');
		expect(refused.fields?.code?.key).toBe('validation.projectCodeTaken');
		expect(refused.existing).toMatchObject({ id: first.id, href: `/projects/${first.id}` });
	});
});

describe('changing a project', () => {
	it('saves at the loaded version, bumps it, and audits before and after', async () => {
		const { db } = test.database;
		const created = await createProject(db, { actor: officer }, input());
		const reporter = (
			await makeUser(db, { roles: ['agency_reporter'], agencyIds: [agencyId.D1001 ?? ''] })
		).actor;
		const updated = await updateProject(
			db,
			{ actor: reporter },
			created.id,
			input({ code: created.code, budgetReceived: 300_000, version: 1 })
		);
		expect(updated).toMatchObject({ budgetReceived: 300_000, version: 2 });
		const entries = await db
			.select()
			.from(auditLog)
			.where(eq(auditLog.entityId, created.id))
			.orderBy(asc(auditLog.id));
		expect(entries.map((entry) => entry.action)).toEqual(['create', 'update']);
		expect(entries[1]?.before).toMatchObject({ budgetReceived: 250_000, version: 1 });
		expect(entries[1]?.after).toMatchObject({ budgetReceived: 300_000, version: 2 });
	});

	it('refuses the second of two saves from the same version, naming what changed (409)', async () => {
		const { db } = test.database;
		const created = await createProject(db, { actor: officer }, input());
		const { actor: other } = await makeUser(db, { roles: ['iao_officer'] });
		await updateProject(
			db,
			{ actor: other },
			created.id,
			input({ code: created.code, titleEn: 'Renamed', budgetReceived: 1, version: 1 })
		);
		const before = await snapshot();
		const refused = await refusal(
			updateProject(
				db,
				{ actor: officer },
				created.id,
				input({ code: created.code, targetsTh: 'ข้าราชการ 30 คน', version: 1 })
			)
		);
		expect(refused.code).toBe('stale_version');
		expect(refused.status).toBe(409);
		expect(refused.changes?.fields.sort()).toEqual(['budgetReceived', 'titleEn']);
		expect(refused.changes?.actors).toEqual([other.username]);
		expect(userMessage(refused, 'th')).toContain('ชื่อโครงการ (ภาษาอังกฤษ)');
		expect(userMessage(refused, 'en')).toContain('budget received');
		expect(await snapshot()).toEqual(before);
	});

	it("keeps a reporter to their agencies' projects and to keeping one of their agencies", async () => {
		const { db } = test.database;
		const created = await createProject(db, { actor: officer }, input());
		const outsider = (
			await makeUser(db, { roles: ['agency_reporter'], agencyIds: [agencyId.D1002 ?? ''] })
		).actor;
		const insider = (
			await makeUser(db, { roles: ['agency_reporter'], agencyIds: [agencyId.D1001 ?? ''] })
		).actor;
		const viewer = (await makeUser(db, { roles: ['viewer'] })).actor;
		const before = await snapshot();
		const forbidden = await refusal(
			updateProject(db, { actor: outsider }, created.id, input({ code: created.code, version: 1 }))
		);
		expect(forbidden.code).toBe('forbidden');
		const handedAway = await refusal(
			updateProject(
				db,
				{ actor: insider },
				created.id,
				input({ code: created.code, leadAgencies: ['D1002'], supportingAgencies: [], version: 1 })
			)
		);
		expect(handedAway.fields?.leadAgencies?.key).toBe('validation.reporterKeepsAgency');
		expect(
			(
				await refusal(
					updateProject(
						db,
						{ actor: viewer },
						created.id,
						input({ code: created.code, version: 1 })
					)
				)
			).code
		).toBe('forbidden');
		expect(await snapshot()).toEqual(before);
	});
});

describe('loading the built-in projects again', () => {
	const file = (statusText: string) =>
		builtinProjectSchema.parse({
			code: 'BUILTIN-0001',
			titleTh: 'โครงการจากแฟ้มข้อมูล',
			fiscalYear: 2569,
			leadAgency: 'D1001',
			reports: [
				{
					sequence: 1,
					reportedOn: '2025-10-15',
					statusText,
					percentDone: 5,
					onPlan: true,
					onTarget: true
				}
			]
		});
	const load = (statusText: string) =>
		test.database.db.transaction((tx) =>
			loadBuiltinProject(tx, { actor: systemActor }, file(statusText))
		);

	it("keeps the reports people entered and the fields they changed; the file's reports follow it", async () => {
		const { db } = test.database;
		expect(await load('อยู่ระหว่างประสานงาน')).toBe(1);
		const [project] = await db.select().from(projects).where(eq(projects.code, 'BUILTIN-0001'));
		if (!project) throw new Error('built-in project not loaded');
		const reporter = (
			await makeUser(db, { roles: ['agency_reporter'], agencyIds: [agencyId.D1001 ?? ''] })
		).actor;
		await saveProgressReport(db, { actor: reporter }, project.id, {
			reportedOn: '2025-11-15',
			statusText: 'จัดประชุมแล้ว',
			percentDone: 10,
			budgetDisbursed: 0,
			onPlan: true,
			onTarget: true,
			projectStatus: null
		});
		await updateProject(
			db,
			{ actor: officer },
			project.id,
			input({ code: 'BUILTIN-0001', titleTh: 'ชื่อที่ผู้ใช้แก้', version: project.version })
		);

		expect(await load('อยู่ระหว่างประสานงาน')).toBe(0);
		expect(await load('อยู่ระหว่างขั้นตอนการประสานงาน')).toBe(1);
		const detail = await projectDetail(db, project.id, 'every');
		expect(detail?.project.titleTh).toBe('ชื่อที่ผู้ใช้แก้');
		expect(
			detail?.reports.map((report) => [report.sequence, report.statusText, report.state])
		).toEqual([
			[1, 'อยู่ระหว่างขั้นตอนการประสานงาน', 'approved'],
			[2, 'จัดประชุมแล้ว', 'draft']
		]);
		expect(await load('อยู่ระหว่างขั้นตอนการประสานงาน')).toBe(0);
	});
});
