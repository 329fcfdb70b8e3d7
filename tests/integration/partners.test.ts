import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencies, auditLog } from '../../src/lib/server/db/schema.ts';
import {
	engagementDetail,
	firstOpenCommitmentsByAgency,
	openCommitmentCounts,
	openCommitments
} from '../../src/lib/server/engagements/repository.ts';
import {
	commitmentStatusInputSchema,
	engagementInputSchema
} from '../../src/lib/server/engagements/schemas.ts';
import {
	createEngagement,
	updateCommitmentStatus
} from '../../src/lib/server/engagements/use-cases.ts';
import { insertEngagementRecords } from '../../src/lib/server/engagements/write.ts';
import { partnerDossier } from '../../src/lib/server/dossiers/partner-dossier.ts';
import {
	partnerContactsOf,
	refreshLastActivity
} from '../../src/lib/server/partners/repository.ts';
import { partners } from '../../src/lib/server/partners/schema.ts';
import {
	agreementInputSchema,
	contactInputSchema,
	partnerInputSchema
} from '../../src/lib/server/partners/schemas.ts';
import {
	addContact,
	createAgreement,
	createPartner,
	eraseContact,
	updateAgreement,
	updatePartner
} from '../../src/lib/server/partners/write.ts';
import type { Actor } from '../../src/lib/server/platform/actor.ts';
import { userMessage } from '../../src/lib/server/platform/errors.ts';
import { parseInput } from '../../src/lib/server/platform/validation.ts';
import { makeUser } from '../factories/index.ts';
import { createTestDatabase, type TestDatabase, refusal } from './harness.ts';

let test: TestDatabase;
let officer: Actor;
let reporter: Actor;
let environmentId: string;
beforeAll(async () => {
	test = await createTestDatabase({ builtinData: true });
	const [environment] = await test.database.db
		.select()
		.from(agencies)
		.where(eq(agencies.code, 'ENVIRONMENT'));
	environmentId = environment?.id ?? '';
	officer = (await makeUser(test.database.db, { roles: ['iao_officer'] })).actor;
	reporter = (
		await makeUser(test.database.db, { roles: ['agency_reporter'], agencyIds: [environmentId] })
	).actor;
});
afterAll(() => test.drop());

describe('partners', () => {
	it('refuses a partner of the same name in the same country, linking the existing one', async () => {
		const db = test.database.db;
		const input = parseInput(partnerInputSchema, {
			kind: 'city',
			nameTh: 'โซล',
			nameEn: 'seoul',
			countryCode: 'kr'
		});
		const error = await refusal(createPartner(db, { actor: officer }, input));
		expect(error.code).toBe('duplicate');
		expect(error.existing?.href).toMatch(/^\/partners\/[0-9a-f-]{36}$/);
		expect(error.fields?.nameEn?.key).toBe('validation.partnerExists');
	});

	it('refuses an unknown country and an expiry before signing', async () => {
		const db = test.database.db;
		const unknown = await refusal(
			createPartner(
				db,
				{ actor: officer },
				parseInput(partnerInputSchema, {
					kind: 'city',
					nameTh: 'ก',
					nameEn: 'A',
					countryCode: 'XX'
				})
			)
		);
		expect(unknown.fields?.countryCode?.key).toBe('validation.country');
		const dates = await refusal(
			Promise.resolve().then(() =>
				parseInput(agreementInputSchema, {
					type: 'mou',
					titleTh: 'บันทึก',
					signedOn: '2024-05-01',
					expiresOn: '2024-04-30'
				})
			)
		);
		expect(dates.fields?.expiresOn?.key).toBe('validation.afterSigning');
	});

	it('changes a partner at the version read; a stale save names what changed; nothing is half-written', async () => {
		const db = test.database.db;
		const fields = { kind: 'city', nameTh: 'เมืองแก้ไข', nameEn: 'Edited City', countryCode: 'JP' };
		const created = await createPartner(
			db,
			{ actor: officer },
			parseInput(partnerInputSchema, fields)
		);
		const changed = await updatePartner(
			db,
			{ actor: officer },
			created.id,
			parseInput(partnerInputSchema, { ...fields, status: 'dormant', version: 1 })
		);
		expect(changed).toMatchObject({ status: 'dormant', version: 2 });
		const [entry] = await db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.entityId, created.id), eq(auditLog.action, 'update')));
		expect(entry?.before).toMatchObject({ status: 'active' });
		expect(entry?.after).toMatchObject({ status: 'dormant' });

		const stale = await refusal(
			updatePartner(
				db,
				{ actor: officer },
				created.id,
				parseInput(partnerInputSchema, { ...fields, nameEn: 'Other', version: 1 })
			)
		);
		expect(stale.code).toBe('stale_version');
		expect(stale.changes?.fields).toEqual(['status']);
		expect(userMessage(stale, 'th')).toContain('สถานะ');
		const duplicate = await refusal(
			updatePartner(
				db,
				{ actor: officer },
				created.id,
				parseInput(partnerInputSchema, { ...fields, nameTh: 'โซล', countryCode: 'KR', version: 2 })
			)
		);
		expect(duplicate.code).toBe('duplicate');
		const forbidden = await refusal(
			updatePartner(
				db,
				{ actor: reporter },
				created.id,
				parseInput(partnerInputSchema, { ...fields, version: 2 })
			)
		);
		expect(forbidden.code).toBe('forbidden');
		const [stored] = await db.select().from(partners).where(eq(partners.id, created.id));
		expect(stored).toMatchObject({ nameTh: 'เมืองแก้ไข', countryCode: 'JP', version: 2 });
	});

	it('changes an agreement at the version read, moving its parties’ last activity with it', async () => {
		const db = test.database.db;
		const partner = await createPartner(
			db,
			{ actor: officer },
			parseInput(partnerInputSchema, {
				kind: 'city',
				nameTh: 'เมืองความตกลง',
				nameEn: 'Accord City',
				countryCode: 'FR'
			})
		);
		const fields = { type: 'mou', titleTh: 'บันทึกความเข้าใจ', signedOn: '2020-02-01' };
		const agreement = await createAgreement(
			db,
			{ actor: officer },
			partner.id,
			parseInput(agreementInputSchema, fields)
		);
		const changed = await updateAgreement(
			db,
			{ actor: officer },
			agreement.id,
			parseInput(agreementInputSchema, {
				...fields,
				signedOn: '2024-03-15',
				status: 'under_review',
				version: 1
			})
		);
		expect(changed).toMatchObject({ signedOn: '2024-03-15', status: 'under_review', version: 2 });
		const [stored] = await db.select().from(partners).where(eq(partners.id, partner.id));
		expect(stored?.lastActivityOn).toBe('2024-03-15');
		const stale = await refusal(
			updateAgreement(
				db,
				{ actor: officer },
				agreement.id,
				parseInput(agreementInputSchema, { ...fields, version: 1 })
			)
		);
		expect(stale.code).toBe('stale_version');
		expect(stale.changes?.fields.sort()).toEqual(['signedOn', 'status']);
		const early = await refusal(
			Promise.resolve().then(() =>
				parseInput(agreementInputSchema, { ...fields, reviewOn: '2019-01-01', version: 2 })
			)
		);
		expect(early.fields?.reviewOn?.key).toBe('validation.afterSigning');
	});

	it('records a partner and an MOU, which shows on its dossier as its last activity', async () => {
		const db = test.database.db;
		const partner = await createPartner(
			db,
			{ actor: officer },
			parseInput(partnerInputSchema, {
				kind: 'city',
				nameTh: 'ทดสอบบุรี',
				nameEn: 'Testville',
				countryCode: 'JP'
			})
		);
		await createAgreement(
			db,
			{ actor: officer },
			partner.id,
			parseInput(agreementInputSchema, {
				type: 'mou',
				titleTh: 'บันทึกความเข้าใจ',
				signedOn: '2025-01-15',
				reviewOn: '2028-01-15'
			})
		);
		const dossier = await partnerDossier(db, partner.id, 3);
		expect(dossier?.agreements.map((a) => a.type)).toEqual(['mou']);
		expect(dossier?.partner.lastActivityOn).toBe('2025-01-15');
	});

	it('erases a contact on request, auditing the erasure without the person’s details', async () => {
		const db = test.database.db;
		const dossier = await partnerDossier(db, (await firstPartnerId()) ?? '', 3);
		const partnerId = dossier?.partner.id ?? '';
		const contact = await addContact(
			db,
			{ actor: officer },
			partnerId,
			parseInput(contactInputSchema, {
				name: 'Ms Example Person',
				position: 'Director',
				workEmail: 'person@example.org',
				purpose: 'Coordination of the MGMAC follow-up'
			})
		);
		expect(await partnerContactsOf(db, partnerId)).toHaveLength(1);
		const forbidden = await refusal(eraseContact(db, { actor: reporter }, partnerId, contact.id));
		expect(forbidden.code).toBe('forbidden');
		await eraseContact(db, { actor: officer }, partnerId, contact.id);
		expect(await partnerContactsOf(db, partnerId)).toHaveLength(0);
		const trail = await db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.entityType, 'partner_contact'), eq(auditLog.entityId, contact.id)))
			.orderBy(asc(auditLog.id));
		expect(trail.map((entry) => entry.action)).toEqual(['create', 'erase']);
		expect(JSON.stringify(trail)).not.toContain('Example Person');
		expect(JSON.stringify(trail)).not.toContain('person@example.org');
	});
});

async function firstPartnerId() {
	const [row] = await test.database.db
		.select({ id: partners.id })
		.from(partners)
		.where(eq(partners.code, 'SG-SIN'));
	return row?.id;
}

describe('engagements', () => {
	it('refuses an end before the start, naming the field in the user’s language', async () => {
		const error = await refusal(
			Promise.resolve().then(() =>
				parseInput(engagementInputSchema, {
					kind: 'visit_in',
					titleTh: 'การเยือน',
					startsOn: '2025-03-10',
					endsOn: '2025-03-09'
				})
			)
		);
		expect(error.fields?.endsOn?.key).toBe('validation.dateOrder');
		expect(userMessage(error, 'en')).toBeTruthy();
	});

	it('records a visit with an outcome and a commitment; a reporter of the agency moves it on', async () => {
		const db = test.database.db;
		const partnerId = (await firstPartnerId()) ?? '';
		const id = await createEngagement(
			db,
			{ actor: officer },
			parseInput(engagementInputSchema, {
				kind: 'visit_in',
				titleTh: 'คณะผู้แทนสิงคโปร์เยือนกรุงเทพมหานคร',
				startsOn: '2025-03-10',
				endsOn: '2025-03-11',
				countryCode: 'TH',
				participants: [{ partnerId, headcount: 8 }],
				outcomes: [{ kind: 'decision', titleTh: 'แลกเปลี่ยนข้อมูลพื้นที่สีเขียว' }],
				commitments: [
					{
						titleTh: 'ส่งข้อมูลสวนสาธารณะ',
						scope: 'bilateral',
						agencyIds: [environmentId],
						partnerIds: [partnerId],
						dueOn: '2025-06-30'
					}
				]
			})
		);
		const detail = await engagementDetail(db, id);
		const commitment = detail?.commitments[0];
		expect(commitment?.agencies.map((a) => a.code)).toEqual(['ENVIRONMENT']);
		const board = await openCommitments(db, environmentId);
		expect(board.some((c) => c.id === commitment?.id)).toBe(true);
		const updated = await updateCommitmentStatus(
			db,
			{ actor: reporter },
			commitment?.id ?? '',
			parseInput(commitmentStatusInputSchema, { status: 'done', version: 1 })
		);
		expect(updated.status).toBe('done');
		const stale = await refusal(
			updateCommitmentStatus(
				db,
				{ actor: officer },
				commitment?.id ?? '',
				parseInput(commitmentStatusInputSchema, { status: 'open', version: 1 })
			)
		);
		expect(stale.code).toBe('stale_version');
	});

	it('writes nothing when a referenced agency does not exist', async () => {
		const db = test.database.db;
		const before = await openCommitments(db);
		const error = await refusal(
			createEngagement(
				db,
				{ actor: officer },
				parseInput(engagementInputSchema, {
					kind: 'meeting',
					titleTh: 'ประชุม',
					startsOn: '2025-04-01',
					endsOn: '2025-04-01',
					commitments: [
						{
							titleTh: 'งาน',
							scope: 'bilateral',
							agencyIds: ['00000000-0000-4000-8000-000000000000']
						}
					]
				})
			)
		);
		expect(error.code).toBe('validation_failed');
		expect(await openCommitments(db)).toHaveLength(before.length);
	});
});

describe('last activity', () => {
	const storedOf = async (executor: typeof test.database.db, partnerId: string) =>
		(
			await executor
				.select({ on: partners.lastActivityOn })
				.from(partners)
				.where(eq(partners.id, partnerId))
		)[0]?.on;

	it('is stored for every built-in partner as the loader computes it', async () => {
		expect(await refreshLastActivity(test.database.db)).toBe(0);
		const [seoul] = await test.database.db
			.select({ on: partners.lastActivityOn })
			.from(partners)
			.where(eq(partners.nameEn, 'Seoul'));
		expect(seoul?.on).toBeTruthy();
	});

	it('moves with a new engagement in the same transaction, and not when it rolls back', async () => {
		const db = test.database.db;
		const partner = await createPartner(
			db,
			{ actor: officer },
			parseInput(partnerInputSchema, {
				kind: 'city',
				nameTh: 'เมืองกิจกรรม',
				nameEn: 'Activity City',
				countryCode: 'KR'
			})
		);
		expect(await storedOf(db, partner.id)).toBeNull();
		const visit = (endsOn: string) => ({
			values: {
				kind: 'visit_in' as const,
				titleTh: 'คณะผู้แทนเยือน',
				startsOn: endsOn,
				endsOn,
				countryCode: 'TH'
			},
			participants: [{ partnerId: partner.id, headcount: 3 }],
			outcomes: [],
			committees: [],
			commitments: []
		});
		const rolledBack = await db
			.transaction(async (tx) => {
				await insertEngagementRecords(tx, visit('2026-01-20'));
				expect(await storedOf(tx as unknown as typeof db, partner.id)).toBe('2026-01-20');
				throw new Error('roll back');
			})
			.catch((error: unknown) => error);
		expect(rolledBack).toBeInstanceOf(Error);
		expect(await storedOf(db, partner.id)).toBeNull();

		await createEngagement(
			db,
			{ actor: officer },
			parseInput(engagementInputSchema, {
				kind: 'meeting',
				titleTh: 'ประชุมหารือ',
				startsOn: '2024-05-01',
				endsOn: '2024-05-02',
				hostPartnerId: partner.id
			})
		);
		expect(await storedOf(db, partner.id)).toBe('2024-05-02');
		const dossier = await partnerDossier(db, partner.id, 3);
		expect(dossier?.partner.lastActivityOn).toBe('2024-05-02');
		expect(dossier?.dormant).toBe(false);
		// An older activity leaves the latest one standing.
		await createAgreement(
			db,
			{ actor: officer },
			partner.id,
			parseInput(agreementInputSchema, {
				type: 'mou',
				titleTh: 'บันทึกความเข้าใจเก่า',
				signedOn: '2010-03-01'
			})
		);
		expect(await storedOf(db, partner.id)).toBe('2024-05-02');
	});
});

describe('follow-up board', () => {
	it('counts each agency’s open commitments and lists the first of each', async () => {
		const db = test.database.db;
		const counts = await openCommitmentCounts(db);
		const environment = counts.byAgency.find((agency) => agency.id === environmentId);
		const all = await openCommitments(db, environmentId);
		expect(environment?.n).toBe(all.length);
		const first = await firstOpenCommitmentsByAgency(db, 1);
		const firstOfEnvironment = first.pairs.filter((pair) => pair.agencyId === environmentId);
		expect(firstOfEnvironment.map((pair) => pair.commitmentId)).toEqual(
			all.slice(0, 1).map((commitment) => commitment.id)
		);
		expect(first.pairs).toHaveLength(counts.byAgency.length);
		const page = await openCommitments(db, environmentId, { limit: 1, offset: 1 });
		expect(page.map((commitment) => commitment.id)).toEqual(all.slice(1, 2).map((c) => c.id));
	});
});
