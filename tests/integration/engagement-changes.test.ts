import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencies, auditLog, searchDocuments } from '../../src/lib/server/db/schema.ts';
import { engagementDetail, openCommitments } from '../../src/lib/server/engagements/repository.ts';
import { listCommittees } from '../../src/lib/server/engagements/committee-repository.ts';
import {
	createCommittee,
	presentCommittees,
	updateCommittee
} from '../../src/lib/server/engagements/committees.ts';
import {
	commitmentChangeSchema,
	committeeInputSchema,
	engagementChangeSchema,
	engagementInputSchema
} from '../../src/lib/server/engagements/schemas.ts';
import {
	createEngagement,
	updateCommitment,
	updateEngagement
} from '../../src/lib/server/engagements/use-cases.ts';
import { findPartner } from '../../src/lib/server/partners/repository.ts';
import type { Actor } from '../../src/lib/server/platform/actor.ts';
import { parseInput } from '../../src/lib/server/platform/validation.ts';
import { search } from '../../src/lib/server/search/query.ts';
import { searchSources } from '../../src/lib/server/modules.ts';
import { makePartner, makeUser } from '../factories/index.ts';
import { createTestDatabase, type TestDatabase, refusal } from './harness.ts';

let test: TestDatabase;
let officer: Actor;
let viewer: Actor;
const agencyId: Record<string, string> = {};
beforeAll(async () => {
	test = await createTestDatabase({ builtinData: true });
	for (const row of await test.database.db.select().from(agencies)) agencyId[row.code] = row.id;
	officer = (await makeUser(test.database.db, { roles: ['iao_officer'] })).actor;
	viewer = (await makeUser(test.database.db, { roles: ['viewer'] })).actor;
}, 120_000);
afterAll(() => test.drop());

const newPartner = async (nameEn: string, nameTh: string) =>
	(await makePartner(test.database.db, { nameTh, nameEn, countryCode: 'JP' }, officer)).id;

/** The urls of what the search finds, of one type. */
const found = async (q: string, type: string) =>
	(await search(test.database.db, viewer, searchSources, { q, type, limit: 10 })).results.map(
		(result) => result.url
	);

/** A visit by one partner, with an outcome and a commitment, as recorded before it is changed. */
async function recordVisit(partnerId: string) {
	return createEngagement(
		test.database.db,
		{ actor: officer },
		parseInput(engagementInputSchema, {
			kind: 'visit_in',
			titleTh: 'คณะผู้แทนเมืองโอตารุเยือนกรุงเทพมหานคร',
			startsOn: '2025-05-12',
			endsOn: '2025-05-13',
			countryCode: 'TH',
			participants: [{ partnerId, headcount: 6, presentationTh: 'การท่องเที่ยวฤดูหนาว' }],
			outcomes: [{ kind: 'decision', titleTh: 'แลกเปลี่ยนนักเรียนฤดูหนาว' }],
			commitments: [
				{ titleTh: 'ส่งรายชื่อโรงเรียน', scope: 'bilateral', agencyIds: [agencyId.EDUCATION!] }
			]
		})
	);
}

/** The change an editor makes: the same visit, hosted by the other partner, a day later. */
const change = (version: number, partnerId: string, extra: Record<string, unknown> = {}) =>
	parseInput(engagementChangeSchema, {
		version,
		kind: 'visit_out',
		titleTh: 'คณะผู้บริหารกรุงเทพมหานครเยือนเมืองฮาโกดาเตะ',
		titleEn: 'BMA executives visit Hakodate',
		startsOn: '2025-05-13',
		endsOn: '2025-05-14',
		countryCode: 'JP',
		hostPartnerId: partnerId,
		participants: [
			{ partnerId, headcount: 12 },
			{ agencyId: agencyId.IAO, headcount: 3, presentationTh: 'นโยบายเมืองน่าอยู่' }
		],
		outcomes: [
			{
				kind: 'joint_project',
				titleTh: 'โครงการแลกเปลี่ยนเจ้าหน้าที่ด้านท่าเรือ',
				titleEn: 'Port staff exchange',
				descriptionTh: 'เริ่มปีงบประมาณ 2569'
			}
		],
		...extra
	});

describe('changing an engagement', () => {
	it('replaces its details, participants and outcomes at the version read; commitments stay', async () => {
		const db = test.database.db;
		const otaru = await newPartner('Otaru', 'โอตารุ');
		const hakodate = await newPartner('Hakodate', 'ฮาโกดาเตะ');
		const id = await recordVisit(otaru);
		const before = await engagementDetail(db, id);
		expect((await findPartner(db, otaru))?.lastActivityOn).toBe('2025-05-13');

		await updateEngagement(db, { actor: officer }, id, change(1, hakodate));

		const after = await engagementDetail(db, id);
		expect(after?.engagement).toMatchObject({
			version: 2,
			kind: 'visit_out',
			titleEn: 'BMA executives visit Hakodate',
			endsOn: '2025-05-14',
			hostPartnerId: hakodate
		});
		expect(after?.participants.map((p) => [p.partnerId, p.agencyCode, p.headcount])).toEqual([
			[hakodate, null, 12],
			[null, 'IAO', 3]
		]);
		expect(after?.outcomes.map((o) => [o.kind, o.titleEn, o.descriptionTh])).toEqual([
			['joint_project', 'Port staff exchange', 'เริ่มปีงบประมาณ 2569']
		]);
		const own = (list: typeof after) =>
			list?.commitments.map(({ engagement: _named, ...commitment }) => commitment);
		expect(own(after)).toEqual(own(before));

		// The partner that no longer takes part has no activity left; the new one has the visit.
		expect((await findPartner(db, otaru))?.lastActivityOn ?? null).toBeNull();
		expect((await findPartner(db, hakodate))?.lastActivityOn).toBe('2025-05-14');

		// The index follows: the engagement's one outcome entry is the new outcome, and the
		// commitment's entry names the engagement by its new title.
		const entries = await db
			.select({ title: searchDocuments.title })
			.from(searchDocuments)
			.where(
				and(
					eq(searchDocuments.type, 'engagement_outcome'),
					eq(searchDocuments.url, `/engagements/${id}#outcomes`)
				)
			);
		expect(entries.map((entry) => entry.title)).toEqual([
			'โครงการแลกเปลี่ยนเจ้าหน้าที่ด้านท่าเรือ · Port staff exchange'
		]);
		expect((await found('ฮาโกดาเตะ', 'commitment'))[0]).toBe(`/engagements/${id}#commitments`);

		const [entry] = await db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.entityType, 'engagement'), eq(auditLog.entityId, id)))
			.orderBy(desc(auditLog.id))
			.limit(1);
		expect(entry?.action).toBe('update');
		expect(entry?.before).toMatchObject({
			version: 1,
			titleTh: 'คณะผู้แทนเมืองโอตารุเยือนกรุงเทพมหานคร',
			participants: [{ partnerId: otaru, headcount: 6 }]
		});
		expect(entry?.after).toMatchObject({ version: 2, hostPartnerId: hakodate });
	});

	it('refuses a save on an older version and a reference that does not exist, changing nothing', async () => {
		const db = test.database.db;
		const kobe = await newPartner('Kobe', 'โกเบ');
		const id = await recordVisit(kobe);
		await updateEngagement(db, { actor: officer }, id, change(1, kobe));
		const saved = await engagementDetail(db, id);

		const stale = await refusal(updateEngagement(db, { actor: officer }, id, change(1, kobe)));
		expect(stale.code).toBe('stale_version');

		const unknown = await refusal(
			updateEngagement(
				db,
				{ actor: officer },
				id,
				change(2, kobe, {
					participants: [{ agencyId: '00000000-0000-4000-8000-000000000000' }]
				})
			)
		);
		expect(unknown.code).toBe('validation_failed');
		expect(await engagementDetail(db, id)).toEqual(saved);
	});

	it('is refused to a viewer', async () => {
		const kyoto = await newPartner('Kyoto', 'เกียวโต');
		const id = await recordVisit(kyoto);
		const error = await refusal(
			updateEngagement(test.database.db, { actor: viewer }, id, change(1, kyoto))
		);
		expect(error.code).toBe('forbidden');
	});

	it('answers not found for an engagement that does not exist', async () => {
		const kyoto = await newPartner('Nara', 'นารา');
		const error = await refusal(
			updateEngagement(
				test.database.db,
				{ actor: officer },
				'00000000-0000-4000-8000-000000000000',
				change(1, kyoto)
			)
		);
		expect(error.code).toBe('not_found');
	});
});

describe('committees', () => {
	const order = (extra: Record<string, unknown> = {}) =>
		parseInput(committeeInputSchema, {
			orderNumber: '1520/2568',
			orderDate: '2025-06-02',
			titleTh: 'คณะทำงานความร่วมมือด้านเมืองท่า',
			mandateTh: 'กำหนดแผนการแลกเปลี่ยนเจ้าหน้าที่และติดตามผล',
			members: [
				{ agencyId: agencyId.IAO, roleTh: 'ประธานคณะทำงาน' },
				{ agencyId: agencyId.ENVIRONMENT },
				{ roleTh: 'ผู้แทนสำนักงานเขตบางรัก' }
			],
			...extra
		});

	it('lists the committee of BMA order 4271/2562 with the four frameworks it oversees', async () => {
		const all = await presentCommittees(test.database.db, await listCommittees(test.database.db));
		const mgmac = all.find((committee) => committee.orderNumber === '4271/2562');
		expect(mgmac).toMatchObject({ orderDate: '2019-12-27', commitments: 4 });
		expect(mgmac?.engagement?.titleTh).toContain('ครั้งที่ 7');
	});

	it('records a committee, refuses its order number twice, and changes it at the version read', async () => {
		const db = test.database.db;
		const osaka = await newPartner('Osaka', 'โอซากา');
		const engagementId = await recordVisit(osaka);
		const created = await createCommittee(db, { actor: officer }, order({ engagementId }));
		const [shown] = await presentCommittees(db, await listCommittees(db, { engagementId }));
		expect(shown?.members.map((m) => [m.agency?.code ?? null, m.roleTh])).toEqual([
			['IAO', 'ประธานคณะทำงาน'],
			['ENVIRONMENT', null],
			[null, 'ผู้แทนสำนักงานเขตบางรัก']
		]);

		const twice = await refusal(createCommittee(db, { actor: officer }, order()));
		expect(twice.code).toBe('duplicate');
		expect(twice.existing?.href).toBe(`/committees#committee-${created.id}`);

		const changed = await updateCommittee(
			db,
			{ actor: officer },
			created.id,
			order({ engagementId, version: 1, mandateTh: 'ติดตามการแลกเปลี่ยนเจ้าหน้าที่ทุกไตรมาส' })
		);
		expect(changed).toMatchObject({ version: 2, mandateTh: 'ติดตามการแลกเปลี่ยนเจ้าหน้าที่ทุกไตรมาส' });
		const stale = await refusal(
			updateCommittee(db, { actor: officer }, created.id, order({ engagementId, version: 1 }))
		);
		expect(stale.code).toBe('stale_version');

		const audited = await db
			.select({ action: auditLog.action })
			.from(auditLog)
			.where(and(eq(auditLog.entityType, 'committee'), eq(auditLog.entityId, created.id)))
			.orderBy(auditLog.id);
		expect(audited.map((entry) => entry.action)).toEqual(['create', 'update']);
	});

	it('refuses a member of an unknown agency, a member with neither agency nor role, and a viewer', async () => {
		const db = test.database.db;
		const unknown = await refusal(
			createCommittee(
				db,
				{ actor: officer },
				order({
					orderNumber: '99/2568',
					members: [{ roleTh: 'ประธาน' }, { agencyId: '00000000-0000-4000-8000-000000000000' }]
				})
			)
		);
		expect(Object.keys(unknown.fields ?? {})).toEqual(['members.1.agencyId']);
		const empty = await refusal(Promise.resolve().then(() => order({ members: [{ roleTh: '' }] })));
		expect(empty.fields?.['members.0']?.key).toBe('validation.committeeMember');
		const viewing = await refusal(
			createCommittee(db, { actor: viewer }, order({ orderNumber: '98/2568' }))
		);
		expect(viewing.code).toBe('forbidden');
		expect(
			(await listCommittees(db)).filter((row) => row.committee.orderNumber.endsWith('/2568'))
		).toHaveLength(1);
	});
});

describe('changing a commitment', () => {
	it('moves it to other agencies and a new due date at the version read; its status stays', async () => {
		const db = test.database.db;
		const sapporo = await newPartner('Sapporo', 'ซัปโปโร');
		const id = await recordVisit(sapporo);
		const [commitment] = (await engagementDetail(db, id))?.commitments ?? [];
		const change = (version: number, agencyIds: string[]) =>
			parseInput(commitmentChangeSchema, {
				version,
				titleTh: 'ส่งรายชื่อโรงเรียนและครูที่ร่วมแลกเปลี่ยน',
				scope: 'bilateral',
				agencyIds,
				partnerIds: [sapporo],
				dueOn: '2025-12-31'
			});
		const updated = await updateCommitment(
			db,
			{ actor: officer },
			commitment?.id ?? '',
			change(1, [agencyId.CULTURE!, agencyId.ENVIRONMENT!])
		);
		expect(updated).toMatchObject({ version: 2, status: 'open', dueOn: '2025-12-31' });
		const [after] = (await engagementDetail(db, id))?.commitments ?? [];
		expect(after?.agencies.map((a) => a.code).sort()).toEqual(['CULTURE', 'ENVIRONMENT']);
		expect(after?.partners.map((p) => p.id)).toEqual([sapporo]);
		expect((await openCommitments(db, agencyId.EDUCATION)).map((c) => c.id)).not.toContain(
			commitment?.id
		);
		expect((await openCommitments(db, agencyId.CULTURE)).map((c) => c.id)).toContain(
			commitment?.id
		);

		const stale = await refusal(
			updateCommitment(db, { actor: officer }, commitment?.id ?? '', change(1, [agencyId.IAO!]))
		);
		expect(stale.code).toBe('stale_version');
		const unknown = await refusal(
			updateCommitment(
				db,
				{ actor: officer },
				commitment?.id ?? '',
				change(2, ['00000000-0000-4000-8000-000000000000'])
			)
		);
		expect(unknown.fields?.agencyIds?.key).toBe('validation.unknownAgency');
		const [unchanged] = (await engagementDetail(db, id))?.commitments ?? [];
		expect(unchanged).toEqual(after);

		const [entry] = await db
			.select()
			.from(auditLog)
			.where(
				and(eq(auditLog.entityType, 'commitment'), eq(auditLog.entityId, commitment?.id ?? ''))
			)
			.orderBy(desc(auditLog.id))
			.limit(1);
		expect(entry?.before).toMatchObject({ version: 1, agencyIds: [agencyId.EDUCATION] });
		expect(entry?.after).toMatchObject({ version: 2, dueOn: '2025-12-31' });
	});
});
