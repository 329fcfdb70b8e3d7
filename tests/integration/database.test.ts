import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/lib/server/db/client.ts';
import { migrate } from '../../src/lib/server/db/migrate.ts';
import { agencies, auditLog } from '../../src/lib/server/db/schema.ts';
import { loadBuiltinData } from '../../src/lib/server/builtin-data.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';

let test: TestDatabase;
beforeAll(async () => {
	test = await createTestDatabase();
});
afterAll(() => test.drop());

describe('migrations', () => {
	it('apply once: a second run applies nothing', async () => {
		expect(await migrate(test.database.db)).toEqual([]);
	});

	it('enable pg_trgm', async () => {
		const [row] = await queryRows<{ score: number }>(
			test.database.db,
			sql`SELECT similarity('กรุงเทพมหานคร', 'กรุงเทพ') AS score`
		);
		expect(Number(row?.score)).toBeGreaterThan(0.3);
	});
});

describe('built-in data', () => {
	it('loads the agencies: the IAO, departments and the 50 districts', async () => {
		const first = await loadBuiltinData(test.database);
		expect(first['agencies.yaml']).toBeGreaterThan(60);
		const { db } = test.database;
		const [districts] = await db
			.select({ n: count() })
			.from(agencies)
			.where(eq(agencies.kind, 'district'));
		expect(districts?.n).toBe(50);
		const [phraNakhon] = await db.select().from(agencies).where(eq(agencies.geocode, '1001'));
		expect(phraNakhon?.nameTh).toBe('สำนักงานเขตพระนคร');
		const [iao] = await db.select().from(agencies).where(eq(agencies.code, 'IAO'));
		expect(iao?.nameEn).toBe('International Affairs Office');
		const divisions = await db
			.select()
			.from(agencies)
			.where(eq(agencies.parentId, iao?.id ?? ''));
		expect(divisions.length).toBeGreaterThan(0);
	});

	it.skipIf(process.env.TEST_DATABASE === 'postgres')(
		'gathers the planner statistics of the embedded database, which has no autovacuum',
		async () => {
			await test.database.maintain();
			const [row] = await queryRows<{ analysed: boolean }>(
				test.database.db,
				sql`SELECT last_analyze IS NOT NULL AS analysed
					FROM pg_stat_user_tables WHERE relname = 'kpi_agencies'`
			);
			expect(row?.analysed).toBe(true);
		}
	);

	it('changes nothing when loaded again, whatever order the planner reads rows in', async () => {
		const { db } = test.database;
		await test.database.maintain();
		const [before] = await db.select({ n: count() }).from(auditLog);
		const again = await loadBuiltinData(test.database);
		expect(again['agencies.yaml']).toBe(0);
		const [after] = await db.select({ n: count() }).from(auditLog);
		expect(after?.n).toBe(before?.n);
	});
});
