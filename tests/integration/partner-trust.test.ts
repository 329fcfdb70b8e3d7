import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIso } from '../../src/lib/dates.ts';
import { partnerDossier } from '../../src/lib/server/dossiers/partner-dossier.ts';
import { findPartner, listPartners } from '../../src/lib/server/partners/repository.ts';
import { agreementInputSchema, partnerInputSchema } from '../../src/lib/server/partners/schemas.ts';
import {
	createAgreement,
	updateAgreement,
	updatePartner
} from '../../src/lib/server/partners/write.ts';
import type { Actor } from '../../src/lib/server/platform/actor.ts';
import { auditLog } from '../../src/lib/server/platform/schema.ts';
import { parseInput } from '../../src/lib/server/platform/validation.ts';
import { searchDocuments } from '../../src/lib/server/search/schema.ts';
import { makeAgreement, makeEngagement, makePartner, makeUser } from '../factories/index.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';

let test: TestDatabase;
let officer: Actor;
beforeAll(async () => {
	test = await createTestDatabase({ builtinData: true });
	officer = (await makeUser(test.database.db, { roles: ['iao_officer'] })).actor;
});
afterAll(() => test.drop());

const newPartner = (fields: Record<string, unknown> = {}) =>
	makePartner(test.database.db, { countryCode: 'FR', ...fields }, officer);

const isoYearsAgo = (years: number) => {
	const today = todayIso();
	return `${Number(today.slice(0, 4)) - years}${today.slice(4)}`;
};

describe('unverified facts', () => {
	it('are flagged and cleared by an officer on a partner and on an agreement, audited', async () => {
		const db = test.database.db;
		const partner = await newPartner({ unverified: ['nameEn', 'location'] });
		expect(partner.unverified).toEqual(['nameEn', 'location']);
		const fields = {
			kind: partner.kind,
			nameTh: partner.nameTh,
			nameEn: partner.nameEn,
			countryCode: partner.countryCode
		};
		const confirmed = await updatePartner(
			db,
			{ actor: officer },
			partner.id,
			parseInput(partnerInputSchema, { ...fields, unverified: [], version: 1 })
		);
		expect(confirmed.unverified).toEqual([]);
		// Left out, the flags stay as they are.
		const untouched = await updatePartner(
			db,
			{ actor: officer },
			partner.id,
			parseInput(partnerInputSchema, { ...fields, version: 2 })
		);
		expect(untouched.unverified).toEqual([]);
		const flagged = await updatePartner(
			db,
			{ actor: officer },
			partner.id,
			parseInput(partnerInputSchema, { ...fields, unverified: ['kind'], version: 3 })
		);
		expect(flagged.unverified).toEqual(['kind']);
		const trail = await db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.entityId, partner.id), eq(auditLog.action, 'update')));
		expect(trail.map((entry) => (entry.after as { unverified: string[] }).unverified)).toEqual(
			expect.arrayContaining([[], ['kind']])
		);

		const agreement = await createAgreement(
			db,
			{ actor: officer },
			partner.id,
			parseInput(agreementInputSchema, {
				type: 'mou',
				titleTh: 'บันทึกความเข้าใจทดสอบ',
				signedOn: '2020-02-02',
				unverified: ['signedOn']
			})
		);
		expect(agreement.unverified).toEqual(['signedOn']);
		const cleared = await updateAgreement(
			db,
			{ actor: officer },
			agreement.id,
			parseInput(agreementInputSchema, {
				type: 'mou',
				titleTh: 'บันทึกความเข้าใจทดสอบ',
				signedOn: '2020-02-02',
				unverified: [],
				version: 1
			})
		);
		expect(cleared.unverified).toEqual([]);
	});

	it('refuses a fact that does not belong to the record', () => {
		expect(() =>
			parseInput(agreementInputSchema, { type: 'mou', titleTh: 'x', unverified: ['nameEn'] })
		).toThrow();
	});
});

describe('dormant', () => {
	it('means the same in the status filter and in the badge', async () => {
		const db = test.database.db;
		const years = 3;
		const quiet = await newPartner();
		const busy = await newPartner();
		await makeEngagement(
			db,
			{ startsOn: isoYearsAgo(1), endsOn: isoYearsAgo(1), hostPartnerId: busy.id },
			officer
		);
		const all = await listPartners(db, { page: 1, pageSize: 200, country: 'FR' }, years);
		const dormant = await listPartners(
			db,
			{ page: 1, pageSize: 200, country: 'FR', status: 'dormant' },
			years
		);
		const active = await listPartners(
			db,
			{ page: 1, pageSize: 200, country: 'FR', status: 'active' },
			years
		);
		const badged = all.items.filter((partner) => partner.dormant).map((partner) => partner.id);
		expect(dormant.items.map((partner) => partner.id).sort()).toEqual(badged.sort());
		expect(badged).toContain(quiet.id);
		expect(badged).not.toContain(busy.id);
		expect(active.items.map((partner) => partner.id)).toContain(busy.id);
		expect(active.items.some((partner) => partner.dormant)).toBe(false);
		expect((await partnerDossier(db, quiet.id, years))?.dormant).toBe(true);
		expect((await partnerDossier(db, busy.id, years))?.dormant).toBe(false);
	});
});

describe('last activity', () => {
	it('never lies in the future: what is to come does not count, what is under way counts as today', async () => {
		const db = test.database.db;
		const partner = await newPartner();
		const nextYear = `${Number(todayIso().slice(0, 4)) + 1}-03-01`;
		await makeEngagement(
			db,
			{ kind: 'visit_in', startsOn: nextYear, endsOn: nextYear, hostPartnerId: partner.id },
			officer
		);
		expect((await findPartner(db, partner.id))?.lastActivityOn).toBeNull();
		await makeEngagement(
			db,
			{ kind: 'training', startsOn: isoYearsAgo(1), endsOn: nextYear, hostPartnerId: partner.id },
			officer
		);
		expect((await findPartner(db, partner.id))?.lastActivityOn).toBe(todayIso());
	});

	it('is known only to the year when its latest activity is an agreement signed in a known year', async () => {
		const db = test.database.db;
		const partner = await newPartner();
		const agreement = await makeAgreement(
			db,
			partner.id,
			{ titleTh: 'บันทึกเก่า', signedOn: '2006-01-01' },
			officer
		);
		expect((await findPartner(db, partner.id))?.lastActivityPrecision).toBe('day');
		await db.execute(
			// What the built-in data records for an agreement whose day is not known.
			sql`UPDATE agreements SET signed_precision = 'year' WHERE id = ${agreement.id}`
		);
		await updateAgreement(
			db,
			{ actor: officer },
			agreement.id,
			parseInput(agreementInputSchema, {
				type: 'mou',
				titleTh: 'บันทึกเก่า (แก้ไข)',
				signedOn: '2006-01-01',
				version: 1
			})
		);
		const stored = await findPartner(db, partner.id);
		expect(stored).toMatchObject({ lastActivityOn: '2006-01-01', lastActivityPrecision: 'year' });
	});
});

describe('renaming a partner', () => {
	it('re-indexes the search entries that carry its name, in the same transaction', async () => {
		const db = test.database.db;
		const partner = await newPartner({ nameTh: 'เมืองชื่อเดิม', nameEn: 'Oldname City' });
		const agreement = await makeAgreement(db, partner.id, {}, officer);
		const engagementId = await makeEngagement(
			db,
			{ participants: [{ partnerId: partner.id }] },
			officer
		);
		await updatePartner(
			db,
			{ actor: officer },
			partner.id,
			parseInput(partnerInputSchema, {
				kind: 'city',
				nameTh: 'เมืองชื่อใหม่',
				nameEn: 'Newname City',
				countryCode: 'FR',
				version: 1
			})
		);
		const entry = async (type: string, recordId: string) =>
			(
				await db
					.select({ body: searchDocuments.body })
					.from(searchDocuments)
					.where(and(eq(searchDocuments.type, type), eq(searchDocuments.recordId, recordId)))
			)[0]?.body ?? '';
		for (const body of [
			await entry('agreement', agreement.id),
			await entry('engagement', engagementId)
		]) {
			expect(body).toContain('Newname City');
			expect(body).not.toContain('Oldname City');
		}
	});
});
