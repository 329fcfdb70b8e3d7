import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, queryRows, type Database } from '../../src/lib/server/db/client.ts';
import { migrate, readMigrations } from '../../src/lib/server/db/migrate.ts';
import { partnerDossier } from '../../src/lib/server/dossiers/partner-dossier.ts';
import { findPartner } from '../../src/lib/server/partners/repository.ts';
import { partnerInputSchema } from '../../src/lib/server/partners/schemas.ts';
import { updatePartner } from '../../src/lib/server/partners/write.ts';
import { systemActor, type Actor } from '../../src/lib/server/platform/actor.ts';
import { AppError } from '../../src/lib/server/platform/errors.ts';
import { parseInput } from '../../src/lib/server/platform/validation.ts';
import { builtinProjectSchema } from '../../src/lib/server/projects/builtin-schema.ts';
import { loadBuiltinProject } from '../../src/lib/server/projects/load-builtin.ts';
import { presentProject } from '../../src/lib/server/projects/presenters.ts';
import {
	listProjects,
	projectDetail,
	projectFilterSchema
} from '../../src/lib/server/projects/repository.ts';
import { createProject, updateProject } from '../../src/lib/server/projects/save-project.ts';
import { projects } from '../../src/lib/server/projects/schema.ts';
import { projectInputSchema } from '../../src/lib/server/projects/schemas.ts';
import { searchDocuments } from '../../src/lib/server/search/schema.ts';
import { makePartner, makeUser } from '../factories/index.ts';
import { createServerDatabase, createTestDatabase, type TestDatabase } from './harness.ts';

let test: TestDatabase;
let officer: Actor;
beforeAll(async () => {
	test = await createTestDatabase({ builtinData: true });
	officer = (await makeUser(test.database.db, { roles: ['iao_officer'] })).actor;
});
afterAll(() => test.drop());

const newPartner = () => makePartner(test.database.db, { countryCode: 'FR' }, officer);

let projectCount = 0;
/** A FY2566 project (2022-10-01 … 2023-09-30) as the API takes it. */
const projectInput = (changes: Record<string, unknown> = {}) => {
	projectCount += 1;
	return parseInput(projectInputSchema, {
		code: `PARTNER-LINK-${projectCount}`,
		titleTh: `โครงการเชื่อมภาคี ${projectCount}`,
		fiscalYear: 2566,
		leadAgencies: ['IAO'],
		...changes
	});
};

const entryOf = async (projectId: string) => {
	const [entry] = await test.database.db
		.select({ body: searchDocuments.body })
		.from(searchDocuments)
		.where(and(eq(searchDocuments.type, 'project'), eq(searchDocuments.recordId, projectId)));
	return entry?.body ?? '';
};

describe('a project’s partners', () => {
	it('are linked by id on create and update, shown with their names, and refused when unknown', async () => {
		const db = test.database.db;
		const [first, second] = [await newPartner(), await newPartner()];
		const created = await createProject(
			db,
			{ actor: officer },
			projectInput({ partnerIds: [first.id, first.id] })
		);
		const shown = () =>
			projectDetail(db, created.id, 'every').then((detail) => detail && presentProject(detail));
		expect((await shown())?.partners).toEqual([
			{ id: first.id, nameTh: first.nameTh, nameEn: first.nameEn }
		]);
		expect((await shown())?.unmatchedPartnerNames).toEqual([]);

		await updateProject(
			db,
			{ actor: officer },
			created.id,
			projectInput({ code: created.code, partnerIds: [second.id], version: 1 })
		);
		expect((await shown())?.partners.map((partner) => partner.id)).toEqual([second.id]);

		const unknown = await updateProject(
			db,
			{ actor: officer },
			created.id,
			projectInput({
				code: created.code,
				partnerIds: ['00000000-0000-4000-8000-00000000dead'],
				version: 2
			})
		).catch((caught: unknown) => caught as AppError);
		expect(unknown).toBeInstanceOf(AppError);
		expect((unknown as AppError).fields).toMatchObject({
			partnerIds: { key: 'validation.unknownPartner' }
		});
		expect((await shown())?.partners.map((partner) => partner.id)).toEqual([second.id]);
	});

	it('keep partners named but not found until an officer clears them, and never take new ones', async () => {
		const db = test.database.db;
		const created = await createProject(db, { actor: officer }, projectInput());
		await db
			.update(projects)
			.set({ unmatchedPartnerNames: ['เมืองที่ไม่มีในระบบ', 'Nowhere City'] })
			.where(eq(projects.id, created.id));
		const kept = await updateProject(
			db,
			{ actor: officer },
			created.id,
			projectInput({ code: created.code, version: 1 })
		);
		expect(kept.unmatchedPartnerNames).toEqual(['เมืองที่ไม่มีในระบบ', 'Nowhere City']);
		expect(await entryOf(created.id)).toContain('Nowhere City');

		const added = await updateProject(
			db,
			{ actor: officer },
			created.id,
			projectInput({ code: created.code, unmatchedPartnerNames: ['Somewhere Else'], version: 2 })
		).catch((caught: unknown) => caught as AppError);
		expect((added as AppError).fields).toMatchObject({
			unmatchedPartnerNames: { key: 'validation.unmatchedPartnerNamesOnlyCleared' }
		});

		const cleared = await updateProject(
			db,
			{ actor: officer },
			created.id,
			projectInput({ code: created.code, unmatchedPartnerNames: ['Nowhere City'], version: 2 })
		);
		expect(cleared.unmatchedPartnerNames).toEqual(['Nowhere City']);
	});

	it('stay with a renamed partner, whose new name its projects’ search entries carry', async () => {
		const db = test.database.db;
		const partner = await newPartner();
		const project = await createProject(
			db,
			{ actor: officer },
			projectInput({ partnerIds: [partner.id] })
		);
		expect(await entryOf(project.id)).toContain(partner.nameEn);
		await updatePartner(
			db,
			{ actor: officer },
			partner.id,
			parseInput(partnerInputSchema, {
				kind: partner.kind,
				nameTh: 'เมืองที่เปลี่ยนชื่อแล้ว',
				nameEn: 'Renamed Partner City',
				countryCode: partner.countryCode,
				version: partner.version
			})
		);
		const dossier = await partnerDossier(db, partner.id, 3);
		expect(dossier?.projects.map((row) => row.id)).toEqual([project.id]);
		const body = await entryOf(project.id);
		expect(body).toContain('Renamed Partner City');
		expect(body).toContain('เมืองที่เปลี่ยนชื่อแล้ว');
		expect(body).not.toContain(partner.nameEn);
		const registered = await listProjects(
			db,
			projectFilterSchema.parse({ partner: 'renamed partner' })
		);
		expect(registered.items.map((row) => row.id)).toEqual([project.id]);
	});

	it('give the partner its last activity from the projects linked to it, and take it back when unlinked', async () => {
		const db = test.database.db;
		const partner = await newPartner();
		expect((await findPartner(db, partner.id))?.lastActivityOn).toBeNull();
		const project = await createProject(
			db,
			{ actor: officer },
			projectInput({ partnerIds: [partner.id] })
		);
		expect((await findPartner(db, partner.id))?.lastActivityOn).toBe('2023-09-30');
		await updateProject(
			db,
			{ actor: officer },
			project.id,
			projectInput({ code: project.code, partnerIds: [], version: 1 })
		);
		expect((await findPartner(db, partner.id))?.lastActivityOn).toBeNull();
		expect((await partnerDossier(db, partner.id, 3))?.projects).toEqual([]);
	});
});

describe('a built-in project’s partners', () => {
	it('link a partner its file names, keep generic names as not found, and do not undo an unlinking', async () => {
		const db = test.database.db;
		const partner = await newPartner();
		const file = builtinProjectSchema.parse({
			code: 'BUILTIN-PARTNERS-1',
			titleTh: 'โครงการในตัวระบบที่ระบุภาคี',
			fiscalYear: 2566,
			budgetReceived: 0,
			leadAgency: 'IAO',
			partners: [` ${partner.nameEn.toUpperCase()} `, 'เมืองพี่เมืองน้องของกรุงเทพมหานคร']
		});
		const load = () => db.transaction((tx) => loadBuiltinProject(tx, { actor: systemActor }, file));
		await load();
		const [project] = await db.select().from(projects).where(eq(projects.code, file.code));
		if (!project) throw new Error('built-in project not loaded');
		const shown = () =>
			projectDetail(db, project.id, 'every').then((detail) => detail && presentProject(detail));
		expect((await shown())?.partners.map((row) => row.id)).toEqual([partner.id]);
		expect((await shown())?.unmatchedPartnerNames).toEqual(['เมืองพี่เมืองน้องของกรุงเทพมหานคร']);

		await updateProject(
			db,
			{ actor: officer },
			project.id,
			projectInput({ code: file.code, fiscalYear: 2566, partnerIds: [], version: project.version })
		);
		expect(await load()).toBe(0);
		expect((await shown())?.partners).toEqual([]);
		expect((await shown())?.unmatchedPartnerNames).toEqual(['เมืองพี่เมืองน้องของกรุงเทพมหานคร']);
	});
});

/** An empty database of the kind under test, not migrated. */
async function emptyDatabase(): Promise<{ database: Database; drop(): Promise<void> }> {
	if (process.env.TEST_DATABASE !== 'postgres') {
		const database = await openDatabase({ memory: true });
		return { database, drop: () => database.close() };
	}
	const server = await createServerDatabase();
	const database = await openDatabase({ url: server.url });
	return {
		database,
		drop: async () => {
			await database.close();
			await server.drop();
		}
	};
}

describe('the migration to linked partners', () => {
	it('links each name that matches exactly one partner and keeps every other name', async () => {
		const { database, drop } = await emptyDatabase();
		try {
			const migrations = readMigrations();
			const at = migrations.findIndex((m) => m.tag.endsWith('_link_project_partners'));
			expect(at).toBeGreaterThan(0);
			await migrate(database.db, migrations.slice(0, at));
			const statements = [
				sql`INSERT INTO countries (code, name_th, name_en, region, region_group)
					VALUES ('JP', 'ญี่ปุ่น', 'Japan', 'Eastern Asia', 'east_asia')`,
				sql`INSERT INTO partners (id, kind, name_th, name_en, country_code) VALUES
					('00000000-0000-4000-8000-000000000011', 'city', 'โอซากา', 'Osaka', 'JP'),
					('00000000-0000-4000-8000-000000000012', 'city', 'ฟุกุโอกะ', 'Fukuoka', 'JP'),
					('00000000-0000-4000-8000-000000000013', 'city', 'ฟุกุโอกะ', 'Fukuoka', NULL)`,
				sql`INSERT INTO projects (id, title_th, fiscal_year, partners) VALUES
					('00000000-0000-4000-8000-000000000021', 'หนึ่ง', 2566,
						'[" osaka ", "ฟุกุโอกะ", "เมืองพี่เมืองน้องของกรุงเทพมหานคร"]'),
					('00000000-0000-4000-8000-000000000022', 'สอง', 2566, '["โอซากา", "OSAKA"]'),
					('00000000-0000-4000-8000-000000000023', 'สาม', 2566, '[]')`
			];
			for (const statement of statements) await database.db.execute(statement);
			await migrate(database.db, migrations);
			const links = await queryRows<{ project_id: string; partner_id: string }>(
				database.db,
				sql`SELECT project_id, partner_id FROM project_partners ORDER BY project_id, partner_id`
			);
			expect(links).toEqual([
				{
					project_id: '00000000-0000-4000-8000-000000000021',
					partner_id: '00000000-0000-4000-8000-000000000011'
				},
				{
					project_id: '00000000-0000-4000-8000-000000000022',
					partner_id: '00000000-0000-4000-8000-000000000011'
				}
			]);
			const kept = await queryRows<{ title_th: string; unmatched_partner_names: string[] }>(
				database.db,
				sql`SELECT title_th, unmatched_partner_names FROM projects ORDER BY id`
			);
			expect(kept).toEqual([
				{
					title_th: 'หนึ่ง',
					// Two partners are named ฟุกุโอกะ: no unique match, so the name stays for an officer.
					unmatched_partner_names: ['ฟุกุโอกะ', 'เมืองพี่เมืองน้องของกรุงเทพมหานคร']
				},
				{ title_th: 'สอง', unmatched_partner_names: [] },
				{ title_th: 'สาม', unmatched_partner_names: [] }
			]);
			const columns = await queryRows<{ column_name: string }>(
				database.db,
				sql`SELECT column_name FROM information_schema.columns
					WHERE table_name = 'projects' AND column_name LIKE '%partner%'`
			);
			expect(columns.map((row) => row.column_name)).toEqual(['unmatched_partner_names']);
		} finally {
			await drop();
		}
	});
});
