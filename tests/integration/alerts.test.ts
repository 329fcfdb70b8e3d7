import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dismissAlert, listAlerts } from '../../src/lib/server/alerts/alerts.ts';
import { myWork } from '../../src/lib/server/alerts/my-work.ts';
import {
	countReportsAwaitingReview,
	reportsAwaitingReview
} from '../../src/lib/server/alerts/my-work-repository.ts';
import type { AlertKind } from '../../src/lib/server/alerts/kinds.ts';
import { auditLog } from '../../src/lib/server/db/schema.ts';
import type { Actor } from '../../src/lib/server/platform/actor.ts';
import {
	reviewProgressReport,
	submitProgressReport
} from '../../src/lib/server/projects/progress-reports.ts';
import {
	district,
	loadAgencies,
	makeAgreement,
	makeCircular,
	makeEngagement,
	makeKpi,
	makeKpiResult,
	makePartner,
	makeProgressReport,
	makeProject,
	makeUser
} from '../factories/index.ts';
import { createTestDatabase, refusal, type TestDatabase } from './harness.ts';

let test: TestDatabase;
const actors: Record<'officer' | 'reporter' | 'otherReporter' | 'viewer', Actor> = {} as never;
const ids: Record<string, string> = {};

/** Today in the tests: FY2569 ends on 30 September 2026, 77 days on. */
const today = '2026-07-15';
const comment = 'งบประมาณที่เบิกจ่ายไม่ตรงกับรายงานการเงิน';

beforeAll(async () => {
	test = await createTestDatabase();
	const { db } = test.database;
	const agencyId = await loadAgencies(db, district('D1001', '1001'), district('D1002', '1002'));
	Object.assign(ids, { d1001: agencyId('D1001'), d1002: agencyId('D1002') });
	actors.officer = (await makeUser(db, { roles: ['iao_officer'] })).actor;
	actors.reporter = (
		await makeUser(db, { roles: ['agency_reporter'], agencyIds: [ids.d1001!] })
	).actor;
	actors.otherReporter = (
		await makeUser(db, { roles: ['agency_reporter'], agencyIds: [ids.d1002!] })
	).actor;
	actors.viewer = (await makeUser(db, { roles: ['viewer'] })).actor;

	// A project of D1001 with no report: every round since November is overdue.
	ids.behind = (await makeProject(db, { leadAgency: 'D1001', titleTh: 'โครงการค้างส่ง' })).id;
	// A project of D1001 whose first report the IAO returned with a comment.
	ids.returned = (await makeProject(db, { leadAgency: 'D1001', titleTh: 'โครงการถูกส่งคืน' })).id;
	const draft = await makeProgressReport(db, ids.returned, {}, actors.reporter);
	const sent = await submitProgressReport(
		db,
		{ actor: actors.reporter },
		ids.returned,
		draft.sequence,
		draft.version
	);
	await reviewProgressReport(db, { actor: actors.officer }, ids.returned, sent.sequence, {
		version: sent.version,
		decision: 'return',
		comment
	});
	// A project of D1002 with a report awaiting review.
	ids.submitted = (await makeProject(db, { leadAgency: 'D1002', titleTh: 'โครงการรอตรวจ' })).id;
	const other = await makeProgressReport(db, ids.submitted, {}, actors.otherReporter);
	await submitProgressReport(
		db,
		{ actor: actors.otherReporter },
		ids.submitted,
		other.sequence,
		other.version
	);

	// KPIs with a target of 3 for FY2569: one of D1001 with no result, one of D1002 with a draft.
	ids.kpi = (await makeKpi(db, { leadAgencies: ['D1001'], titleTh: 'ตัวชี้วัดไม่มีผล' })).kpi.id;
	ids.draftKpi = (await makeKpi(db, { leadAgencies: ['D1002'], titleTh: 'ตัวชี้วัดมีร่าง' })).kpi.id;
	await makeKpiResult(db, ids.draftKpi, { fiscalYear: 2569, value: 3 }, actors.otherReporter);

	// Agreements: one due for review in 30 days and signed 20 years ago; one signed 15 years ago.
	const partner = await makePartner(db);
	ids.partner = partner.id;
	ids.agreement = (
		await makeAgreement(db, partner.id, { signedOn: '2006-07-20', reviewOn: '2026-08-14' })
	).id;
	ids.fifteen = (await makeAgreement(db, partner.id, { signedOn: '2011-07-20' })).id;
	ids.dormant = (await makePartner(db)).id;

	// An engagement organised by D1001 in 10 days, with D1002's commitments.
	ids.engagement = await makeEngagement(db, {
		titleTh: 'การเยือนกรุงโซล',
		startsOn: '2026-07-25',
		endsOn: '2026-07-27',
		organisingAgencyId: ids.d1001,
		commitments: [
			{
				titleTh: 'ส่งข้อมูลคุณภาพอากาศ',
				scope: 'bilateral',
				agencyIds: [ids.d1002!],
				dueOn: '2026-07-14'
			},
			{
				titleTh: 'จัดประชุมติดตามผล',
				scope: 'bilateral',
				agencyIds: [ids.d1002!],
				dueOn: '2026-08-14'
			},
			{
				titleTh: 'รายงานผลแล้ว',
				scope: 'bilateral',
				agencyIds: [ids.d1002!],
				dueOn: '2026-07-01',
				status: 'done'
			}
		]
	});
	await makeCircular(db, { recipientAgencyIds: [ids.d1001!] });
});
afterAll(() => test.drop());

interface Query {
	kind?: AlertKind;
	agency?: string;
	within?: number;
}
const alerts = (actor: Actor, query: Query = {}, on = today) =>
	listAlerts(test.database.db, actor, {
		kind: query.kind,
		agency: query.agency ?? null,
		within: query.within ?? 90,
		today: on,
		dormantYears: 3
	});
const keysOf = async (actor: Actor, query: Query = {}, on = today) =>
	(await alerts(actor, query, on)).map((alert) => alert.key);

describe('the alerts of one day', () => {
	it('lists every kind, each linked to its record and dated', async () => {
		const found = await alerts(actors.viewer);
		const byKey = new Map(found.map((alert) => [alert.key, alert]));
		expect(byKey.get(`agreementReview:${ids.agreement}`)).toMatchObject({
			on: '2026-08-14',
			path: `/partners/${ids.partner}`
		});
		expect(byKey.get(`anniversary:${ids.agreement}`)).toMatchObject({
			on: '2026-07-20',
			figure: 20
		});
		expect(byKey.has(`anniversary:${ids.fifteen}`)).toBe(false);
		expect(byKey.get(`reportOverdue:${ids.behind}`)).toMatchObject({
			on: '2026-07-10',
			figure: 9,
			path: `/projects/${ids.behind}`,
			agencyIds: [ids.d1001]
		});
		expect(byKey.get(`kpiAtRisk:${ids.kpi}`)).toMatchObject({
			on: '2026-09-30',
			path: `/kpis/${ids.kpi}#result-2569`
		});
		// A draft result is not shared: the KPI stands as one with no result.
		expect(byKey.has(`kpiAtRisk:${ids.draftKpi}`)).toBe(true);
		expect(byKey.get(`upcomingEngagement:${ids.engagement}`)).toMatchObject({ on: '2026-07-25' });
		const overdue = found.filter((alert) => alert.kind === 'commitmentOverdue');
		expect(overdue.map((alert) => [alert.titleTh, alert.on])).toEqual([
			['ส่งข้อมูลคุณภาพอากาศ', '2026-07-14']
		]);
		expect(byKey.get(`dormantPartner:${ids.dormant}`)).toMatchObject({ on: today });
		expect(found.map((alert) => alert.on)).toEqual(found.map((alert) => alert.on).sort());
	});

	it('filters by kind, by agency and by due window, its last day in', async () => {
		expect(
			new Set((await alerts(actors.viewer, { kind: 'kpiAtRisk' })).map((a) => a.kind))
		).toEqual(new Set(['kpiAtRisk']));
		const d1001 = await keysOf(actors.viewer, { agency: ids.d1001 });
		expect(d1001).toContain(`reportOverdue:${ids.behind}`);
		expect(d1001).toContain(`upcomingEngagement:${ids.engagement}`);
		expect(d1001).not.toContain(`kpiAtRisk:${ids.draftKpi}`);
		expect(d1001.some((key) => key.startsWith('commitmentOverdue'))).toBe(false);
		expect(d1001.some((key) => key.startsWith('agreement'))).toBe(false);
		expect(await keysOf(actors.viewer, { within: 30 })).toContain(
			`agreementReview:${ids.agreement}`
		);
		expect(await keysOf(actors.viewer, { within: 29 })).not.toContain(
			`agreementReview:${ids.agreement}`
		);
		expect(await keysOf(actors.viewer, { within: 9 })).not.toContain(
			`upcomingEngagement:${ids.engagement}`
		);
	});

	it('flags KPIs at risk only in the last 90 days of the fiscal year', async () => {
		expect(await keysOf(actors.viewer, { kind: 'kpiAtRisk' }, '2026-07-01')).toEqual([]);
		expect(await keysOf(actors.viewer, { kind: 'kpiAtRisk' }, '2026-07-02')).toContain(
			`kpiAtRisk:${ids.kpi}`
		);
		expect(await keysOf(actors.viewer, { kind: 'kpiAtRisk' }, '2026-10-01')).toEqual([]);
	});
});

describe('dismissing', () => {
	it('hides an alert for its user only, audited, until its date moves', async () => {
		const key = `reportOverdue:${ids.behind}`;
		await dismissAlert(test.database.db, { actor: actors.officer }, { key, on: '2026-07-10' });
		expect(await keysOf(actors.officer)).not.toContain(key);
		expect(await keysOf(actors.viewer)).toContain(key);
		const [entry] = await test.database.db
			.select()
			.from(auditLog)
			.where(
				and(eq(auditLog.entityType, 'alert_dismissal'), eq(auditLog.actorId, actors.officer.id!))
			);
		expect(entry).toMatchObject({ action: 'dismiss', after: { key, on: '2026-07-10' } });
		// A month on, another round has fallen due: the alert's date moved and it is back.
		const later = await alerts(actors.officer, {}, '2026-08-15');
		expect(later.find((alert) => alert.key === key)).toMatchObject({
			on: '2026-08-10',
			figure: 10
		});
	});

	it('is refused to nobody', async () => {
		const refused = await refusal(
			dismissAlert(test.database.db, { actor: null as never }, { key: 'x', on: today })
		);
		expect(refused.code).toBe('unauthenticated');
	});
});

describe('my work', () => {
	const work = (actor: Actor) => myWork(test.database.db, actor, today);

	it("gives a reporter their agencies' reports to draft and fix, with the comment, and KPIs and circulars", async () => {
		const { sections, total } = await work(actors.reporter);
		expect(sections.report).toEqual(
			expect.arrayContaining([
				expect.objectContaining({
					action: 'draft',
					record: 'progressReport',
					titleTh: 'โครงการค้างส่ง',
					dueOn: '2026-07-10'
				}),
				expect.objectContaining({
					action: 'fix',
					record: 'progressReport',
					titleTh: 'โครงการถูกส่งคืน',
					comment
				}),
				expect.objectContaining({ action: 'draft', record: 'kpiResult', dueOn: '2026-09-30' })
			])
		);
		// The returned project has a report under way: it is not also listed to draft.
		expect(sections.report.filter((item) => item.titleTh === 'โครงการถูกส่งคืน')).toHaveLength(1);
		expect(sections.review).toEqual([]);
		expect(sections.circulars).toHaveLength(1);
		expect(sections.commitments).toEqual([]);
		expect(sections.agreements).toEqual([]);
		expect(total).toBe(Object.values(sections).flat().length);
	});

	it("gives another agency's reporter only their own: a draft to submit and commitments due", async () => {
		const { sections } = await work(actors.otherReporter);
		expect(sections.report.map((item) => [item.action, item.record])).toEqual(
			expect.arrayContaining([['submit', 'kpiResult']])
		);
		expect(sections.report.some((item) => item.titleTh === 'โครงการค้างส่ง')).toBe(false);
		expect(sections.commitments.map((item) => [item.titleTh, item.dueOn])).toEqual([
			['ส่งข้อมูลคุณภาพอากาศ', '2026-07-14'],
			['จัดประชุมติดตามผล', '2026-08-14']
		]);
		expect(sections.circulars).toEqual([]);
	});

	it('gives the IAO what awaits its review and the agreements due for review', async () => {
		const { sections } = await work(actors.officer);
		expect(sections.review.map((item) => [item.record, item.titleTh])).toEqual([
			['progressReport', 'โครงการรอตรวจ']
		]);
		expect(sections.agreements).toEqual([
			expect.objectContaining({
				action: 'renew',
				dueOn: '2026-08-14',
				path: `/partners/${ids.partner}`
			})
		]);
		expect(sections.report).toEqual([]);
	});

	it('lists the oldest awaiting review up to a bound and counts them all', async () => {
		const { db } = test.database;
		const officerId = actors.officer.id!;
		expect(await reportsAwaitingReview(db, officerId, 0)).toEqual([]);
		expect(await countReportsAwaitingReview(db, officerId)).toBe(1);
		const { counts, sections, total } = await work(actors.officer);
		expect(counts).toEqual(
			Object.fromEntries(
				Object.entries(sections).map(([section, items]) => [section, items.length])
			)
		);
		expect(total).toBe(Object.values(counts).reduce((sum, count) => sum + count, 0));
	});

	it('gives a viewer nothing to do', async () => {
		expect((await work(actors.viewer)).total).toBe(0);
	});
});
