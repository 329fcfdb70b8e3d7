import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommittee } from '../../src/lib/server/engagements/committees.ts';
import { committees } from '../../src/lib/server/engagements/schema.ts';
import { committeeInputSchema } from '../../src/lib/server/engagements/schemas.ts';
import { partners } from '../../src/lib/server/partners/schema.ts';
import { partnerInputSchema } from '../../src/lib/server/partners/schemas.ts';
import { createPartner } from '../../src/lib/server/partners/write.ts';
import { systemActor, type Actor } from '../../src/lib/server/platform/actor.ts';
import { uniqueViolation } from '../../src/lib/server/platform/duplicates.ts';
import { AppError } from '../../src/lib/server/platform/errors.ts';
import { agencies, users } from '../../src/lib/server/platform/schema.ts';
import { createUser } from '../../src/lib/server/platform/users/create-user.ts';
import { parseInput } from '../../src/lib/server/platform/validation.ts';
import { saveKpiResult } from '../../src/lib/server/plans/kpi-results.ts';
import { kpiResults } from '../../src/lib/server/plans/schema.ts';
import { createProject } from '../../src/lib/server/projects/save-project.ts';
import { projects } from '../../src/lib/server/projects/schema.ts';
import { projectInputSchema } from '../../src/lib/server/projects/schemas.ts';
import { makePlan, makeUser, testPassword } from '../factories/index.ts';
import { openDatabase, queryRows } from '../../src/lib/server/db/client.ts';
import { migrate, readMigrations } from '../../src/lib/server/db/migrate.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';

let test: TestDatabase;
let officer: Actor;
beforeAll(async () => {
	test = await createTestDatabase({ builtinData: true });
	officer = (await makeUser(test.database.db, { roles: ['iao_officer'] })).actor;
});
afterAll(() => test.drop());

const attempts = 50;

const conflict = (refusal: AppError) => refusal.status === 409;

/**
 * Sends the same create `attempts` times at once: exactly one is kept, and every other is refused
 * (by default the 409 refusal naming it), never another error.
 */
async function race(create: () => Promise<{ id: string }>, refusedAs = conflict) {
	const settled = await Promise.allSettled(Array.from({ length: attempts }, create));
	const kept = settled.flatMap((outcome) =>
		outcome.status === 'fulfilled' ? [outcome.value] : []
	);
	const refused = settled.flatMap((outcome) =>
		outcome.status === 'rejected' ? [outcome.reason as unknown] : []
	);
	const unexpected = refused.filter((reason) => !(reason instanceof AppError && refusedAs(reason)));
	expect(unexpected.map(String)).toEqual([]);
	expect(kept).toHaveLength(1);
	return { winner: kept[0] as { id: string }, refused: refused as AppError[] };
}

describe('natural keys under parallel creates', () => {
	it('keeps one partner of a name in a country', async () => {
		const input = parseInput(partnerInputSchema, {
			kind: 'city',
			nameTh: 'เมืองแข่งขัน',
			nameEn: 'Race City',
			countryCode: 'jp'
		});
		const { winner, refused } = await race(() =>
			createPartner(test.database.db, { actor: officer }, input)
		);
		for (const refusal of refused) {
			expect(refusal.code).toBe('duplicate');
			expect(refusal.existing).toMatchObject({ id: winner.id, href: `/partners/${winner.id}` });
		}
		const [{ rows } = { rows: 0 }] = await test.database.db
			.select({ rows: count() })
			.from(partners)
			.where(sql`lower(${partners.nameEn}) = 'race city'`);
		expect(rows).toBe(1);
	});

	it('keeps one user of a username, whatever its letter case', async () => {
		const { winner, refused } = await race(() =>
			createUser(
				test.database.db,
				{ actor: systemActor },
				{
					username: Math.random() < 0.5 ? 'Race.User' : 'race.user',
					displayName: 'Race',
					email: null,
					password: testPassword,
					roles: ['viewer'],
					agencyIds: [],
					locale: 'th'
				}
			)
		);
		for (const refusal of refused) expect(refusal.existing?.id).toBe(winner.id);
		const [{ rows } = { rows: 0 }] = await test.database.db
			.select({ rows: count() })
			.from(users)
			.where(sql`lower(${users.username}) = 'race.user'`);
		expect(rows).toBe(1);
	});

	it('keeps one committee of an order number', async () => {
		const input = parseInput(committeeInputSchema, {
			orderNumber: '9999/2569',
			orderDate: '2026-01-15',
			titleTh: 'คณะทำงานทดสอบการแข่งขัน',
			mandateTh: 'ทดสอบ',
			members: [{ roleTh: 'ประธาน' }]
		});
		const { winner, refused } = await race(() =>
			createCommittee(test.database.db, { actor: officer }, input)
		);
		for (const refusal of refused) expect(refusal.existing?.id).toBe(winner.id);
		const [{ rows } = { rows: 0 }] = await test.database.db
			.select({ rows: count() })
			.from(committees)
			.where(eq(committees.orderNumber, '9999/2569'));
		expect(rows).toBe(1);
	});

	it('keeps one project of a code', async () => {
		const input = parseInput(projectInputSchema, {
			code: '04160000-9999',
			titleTh: 'โครงการทดสอบการแข่งขัน',
			fiscalYear: 2569,
			leadAgencies: ['IAO']
		});
		const { winner, refused } = await race(() =>
			createProject(test.database.db, { actor: officer }, input)
		);
		for (const refusal of refused) expect(refusal.existing?.id).toBe(winner.id);
		const [{ rows } = { rows: 0 }] = await test.database.db
			.select({ rows: count() })
			.from(projects)
			.where(eq(projects.code, '04160000-9999'));
		expect(rows).toBe(1);
	});

	it('keeps one result of a KPI for a fiscal year', async () => {
		const { kpi } = await makePlan(test.database.db);
		// A save that comes after the result was made is a change naming no version: 422 on `version`.
		const { winner } = await race(
			() =>
				saveKpiResult(test.database.db, { actor: officer }, kpi.id, {
					fiscalYear: 2567,
					value: 2,
					evidenceTh: 'หลักฐาน',
					evidenceLinks: []
				}),
			(refusal) => conflict(refusal) || refusal.fields?.version !== undefined
		);
		const rows = await test.database.db
			.select({ id: kpiResults.id })
			.from(kpiResults)
			.where(eq(kpiResults.kpiId, kpi.id));
		expect(rows).toEqual([{ id: winner.id }]);
	});
});

describe('the database itself', () => {
	it('refuses a second username differing only in case, reported as that index', async () => {
		const { user } = await makeUser(test.database.db);
		const caught = await test.database.db
			.insert(users)
			.values({
				username: user.username.toUpperCase(),
				displayName: 'Direct',
				passwordHash: 'x',
				roles: ['viewer']
			})
			.catch((error: unknown) => error);
		expect(uniqueViolation(caught)).toBe('users_username_key');
	});

	it('refuses a status or kind outside its vocabulary', async () => {
		const [agency] = await test.database.db.select({ id: agencies.id }).from(agencies).limit(1);
		const caught = await test.database.db
			.execute(sql`UPDATE ${agencies} SET kind = 'planet' WHERE id = ${agency?.id}`)
			.catch((error: unknown) => error);
		expect(String((caught as Error).cause ?? caught)).toContain('agencies_kind_check');
	});
});

describe('the migration to natural keys', () => {
	it('keeps every duplicate recorded before, renamed so an officer can see it, and drops files of records gone', async () => {
		const database = await openDatabase({ memory: true });
		try {
			const migrations = readMigrations();
			const before = migrations.findIndex((m) => m.tag === '0017_keys_before_unique_indexes');
			await migrate(database.db, migrations.slice(0, before));
			const rowsBefore = [
				sql`INSERT INTO countries (code, name_th, name_en, region, region_group)
					VALUES ('JP', 'ญี่ปุ่น', 'Japan', 'Eastern Asia', 'east_asia')`,
				sql`INSERT INTO users (id, username, display_name, password_hash, roles, created_at) VALUES
					('00000000-0000-4000-8000-000000000001', 'somchai', 'A', 'x', '{viewer}', '2024-01-01'),
					('00000000-0000-4000-8000-000000000002', 'Somchai', 'B', 'x', '{viewer}', '2024-01-02')`,
				sql`INSERT INTO partners (id, kind, name_th, name_en, country_code, created_at) VALUES
					('00000000-0000-4000-8000-000000000011', 'city', 'โอซากา', 'Osaka', 'JP', '2024-01-01'),
					('00000000-0000-4000-8000-000000000012', 'city', 'โอซากา', 'OSAKA', 'JP', '2024-01-02'),
					('00000000-0000-4000-8000-000000000013', 'city', 'โอซากา', 'Osaka', NULL, '2024-01-03')`,
				sql`INSERT INTO attachments (owner_type, owner_id, file_name, content_type, size_bytes, sha256)
					VALUES ('agreement', '00000000-0000-4000-8000-000000000099', 'gone.pdf', 'application/pdf', 1, 'x')`
			];
			for (const statement of rowsBefore) await database.db.execute(statement);
			await migrate(database.db, migrations);
			const usernames = await queryRows<{ username: string }>(
				database.db,
				sql`SELECT username FROM users ORDER BY created_at`
			);
			expect(usernames.map((row) => row.username)).toEqual(['somchai', 'Somchai-00000000']);
			const names = await queryRows<{ name_th: string; name_en: string }>(
				database.db,
				sql`SELECT name_th, name_en FROM partners ORDER BY created_at`
			);
			expect(names).toEqual([
				{ name_th: 'โอซากา', name_en: 'Osaka' },
				{ name_th: 'โอซากา (00000000)', name_en: 'OSAKA (00000000)' },
				// Another country (here none) may have a partner of the same name.
				{ name_th: 'โอซากา', name_en: 'Osaka' }
			]);
			const files = await queryRows<{ n: number }>(
				database.db,
				sql`SELECT count(*)::int AS n FROM attachments`
			);
			expect(files[0]?.n).toBe(0);
		} finally {
			await database.close();
		}
	});
});
