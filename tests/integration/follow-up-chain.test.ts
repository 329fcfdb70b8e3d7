import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIso } from '../../src/lib/dates.ts';
import { agencies, commitments } from '../../src/lib/server/db/schema.ts';
import { isOverdue } from '../../src/lib/server/engagements/overdue.ts';
import {
	firstOpenCommitmentsByAgency,
	openCommitmentCounts,
	openCommitments
} from '../../src/lib/server/engagements/repository.ts';
import { makeEngagement } from '../factories/index.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';

let test: TestDatabase;
let cultureId: string;
beforeAll(async () => {
	test = await createTestDatabase({ builtinData: true });
	const [culture] = await test.database.db
		.select()
		.from(agencies)
		.where(eq(agencies.code, 'CULTURE'));
	cultureId = culture?.id ?? '';
});
afterAll(() => test.drop());

/** An ISO date `days` from today in Bangkok. */
const fromToday = (days: number) =>
	new Date(Date.parse(`${todayIso()}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe('overdue commitments', () => {
	it('are the same in SQL as by the rule: open, due before today in Bangkok', async () => {
		const db = test.database.db;
		const commitment = (titleTh: string, status: string, dueOn: string | null) => ({
			titleTh,
			scope: 'bilateral' as const,
			agencyIds: [cultureId],
			status: status as 'open',
			...(dueOn ? { dueOn } : {})
		});
		await makeEngagement(db, {
			commitments: [
				commitment('เลยกำหนดเมื่อวาน', 'open', fromToday(-1)),
				commitment('กำลังทำ เลยกำหนด', 'in_progress', fromToday(-30)),
				commitment('ครบกำหนดวันนี้', 'open', fromToday(0)),
				commitment('ครบกำหนดพรุ่งนี้', 'open', fromToday(1)),
				commitment('เสร็จแล้ว', 'done', fromToday(-1)),
				commitment('ยกเลิก', 'dropped', fromToday(-1)),
				commitment('ไม่มีกำหนด', 'open', null)
			]
		});
		const all = await db.select().from(commitments);
		const expected = all
			.filter((row) => isOverdue(row, todayIso()))
			.map((row) => row.id)
			.sort();
		expect(expected.length).toBeGreaterThanOrEqual(2);
		const overdue = await openCommitments(db, undefined, undefined, { overdue: true });
		expect(overdue.map((row) => row.id).sort()).toEqual(expected);
		const counts = await openCommitmentCounts(db, { overdue: true });
		expect(counts.total).toBe(expected.length);
		const culture = await openCommitments(db, cultureId, undefined, { overdue: true });
		expect(counts.byAgency.find((agency) => agency.id === cultureId)?.n).toBe(culture.length);
		const first = await firstOpenCommitmentsByAgency(db, 100, { overdue: true });
		expect(first.items.every((row) => isOverdue(row, todayIso()))).toBe(true);
	});
});
