import { and, eq } from 'drizzle-orm';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIso } from '../../src/lib/dates.ts';
import { agencies, auditLog, calendarFeeds, commitments } from '../../src/lib/server/db/schema.ts';
import {
	createCalendarFeed,
	readCalendarFeed,
	revokeCalendarFeed
} from '../../src/lib/server/engagements/calendar-feeds.ts';
import { isOverdue } from '../../src/lib/server/engagements/overdue.ts';
import {
	commitmentProjectChange,
	projectChooser
} from '../../src/lib/server/engagements/project-chooser.ts';
import { presentCommitment } from '../../src/lib/server/engagements/presenters.ts';
import { commitmentChangeSchema } from '../../src/lib/server/engagements/schemas.ts';
import { updateCommitment } from '../../src/lib/server/engagements/use-cases.ts';
import { parseInput } from '../../src/lib/server/platform/validation.ts';
import {
	engagementCalendarFilterSchema,
	engagementDetail,
	firstOpenCommitmentsByAgency,
	listEngagements,
	openCommitmentCounts,
	openCommitments,
	projectCommitments
} from '../../src/lib/server/engagements/repository.ts';
import { setUserActive } from '../../src/lib/server/platform/users/set-user-active.ts';
import { systemActor } from '../../src/lib/server/platform/actor.ts';
import { makeEngagement, makeProject, makeUser } from '../factories/index.ts';
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

const base = 'https://saphan.example';

/** The UIDs of a feed's events, as a calendar app's parser reads them. */
function uidsOf(feed: string | null): string[] {
	if (feed === null) throw new Error('no feed');
	const calendar = new ICAL.Component(ICAL.parse(feed));
	return calendar
		.getAllSubcomponents('vevent')
		.map((event) => String(event.getFirstPropertyValue('uid')))
		.sort();
}

describe('calendar subscriptions', () => {
	it('open the engagements the user reads, by a secret that stops working once revoked', async () => {
		const db = test.database.db;
		await makeEngagement(db, {
			titleTh: 'การเยือนเพื่อทดสอบปฏิทิน',
			startsOn: '2026-02-03',
			endsOn: '2026-02-04'
		});
		const { actor } = await makeUser(db, { roles: ['viewer'] });
		const { secret, feed } = await createCalendarFeed(db, { actor });
		const { items } = await listEngagements(db, engagementCalendarFilterSchema.parse({}));
		expect(items.length).toBeGreaterThan(0);
		expect(uidsOf(await readCalendarFeed(db, secret, base))).toEqual(
			items.map((engagement) => `${engagement.id}@saphan`).sort()
		);
		const audited = await db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.entityType, 'calendar_feed'), eq(auditLog.entityId, feed.id)));
		expect(audited.map((entry) => entry.action)).toEqual(['issue_token']);
		expect(JSON.stringify(audited)).not.toContain(secret);

		await revokeCalendarFeed(db, { actor });
		expect(await readCalendarFeed(db, secret, base)).toBeNull();
		const revoked = await db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.entityType, 'calendar_feed'), eq(auditLog.action, 'revoke_token')));
		expect(revoked.map((entry) => entry.entityId)).toContain(feed.id);
	});

	it('keeps one live address per user: a new one retires the old', async () => {
		const db = test.database.db;
		const { actor } = await makeUser(db, { roles: ['agency_reporter'] });
		const first = await createCalendarFeed(db, { actor });
		const second = await createCalendarFeed(db, { actor });
		expect(await readCalendarFeed(db, first.secret, base)).toBeNull();
		expect(await readCalendarFeed(db, second.secret, base)).not.toBeNull();
	});

	it('makes addresses asked for at once one after the other, one live in the end', async () => {
		const db = test.database.db;
		const { actor } = await makeUser(db, { roles: ['executive'] });
		const made = await Promise.all(
			Array.from({ length: 4 }, () => createCalendarFeed(db, { actor }))
		);
		const feeds = await db
			.select()
			.from(calendarFeeds)
			.where(eq(calendarFeeds.userId, actor.id ?? ''));
		expect(feeds.map((feed) => feed.id).sort()).toEqual(made.map(({ feed }) => feed.id).sort());
		expect(feeds.filter((feed) => feed.revokedAt === null)).toHaveLength(1);
	});

	it('opens nothing for a user who is no longer active', async () => {
		const db = test.database.db;
		const { actor } = await makeUser(db, { roles: ['executive'] });
		const { secret } = await createCalendarFeed(db, { actor });
		await setUserActive(db, { actor: systemActor }, actor.id ?? '', false);
		expect(await readCalendarFeed(db, secret, base)).toBeNull();
	});

	it('answers any other secret with nothing, never an error', async () => {
		const db = test.database.db;
		await fc.assert(
			fc.asyncProperty(
				fc.oneof(
					fc.string(),
					fc.string({ unit: 'binary' }),
					fc.base64String(),
					fc.stringMatching(/^[\w-]{43}$/)
				),
				async (secret) => {
					expect(await readCalendarFeed(db, secret, base)).toBeNull();
				}
			),
			{ numRuns: 60 }
		);
	});
});

describe('the commitment → project link', () => {
	it('offers only projects the reader may read, found by code or title', async () => {
		const db = test.database.db;
		const project = await makeProject(db, {
			leadAgency: 'CULTURE',
			titleTh: 'โครงการแลกเปลี่ยนศิลปินเมืองพี่เมืองน้อง',
			titleEn: 'Sister-city artist exchange'
		});
		const { actor: officer } = await makeUser(db, { roles: ['iao_officer'] });
		const byCode = await projectChooser(db, officer, (project.code ?? '').toLowerCase());
		expect(byCode.projects.map((p) => p.id)).toEqual([project.id]);
		const byTitle = await projectChooser(db, officer, 'artist exchange');
		expect(byTitle.projects.map((p) => p.id)).toContain(project.id);
		const nobody = { ...officer, roles: [] };
		expect(await projectChooser(db, nobody, project.code ?? '')).toEqual({
			total: 0,
			projects: []
		});
		await fc.assert(
			fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 300 }), async (typed) => {
				const found = await projectChooser(db, officer, typed);
				expect(found.projects.length).toBeLessThanOrEqual(20);
			}),
			{ numRuns: 40 }
		);
	});

	it('is set by the commitment change, versioned and audited, and shown on the project', async () => {
		const db = test.database.db;
		const project = await makeProject(db, { leadAgency: 'CULTURE' });
		const { actor: officer } = await makeUser(db, { roles: ['iao_officer'] });
		const engagementId = await makeEngagement(db, {
			commitments: [
				{
					titleTh: 'จัดนิทรรศการร่วม',
					scope: 'bilateral',
					agencyIds: [cultureId],
					dueOn: fromToday(-3)
				}
			]
		});
		const [commitment] = (await engagementDetail(db, engagementId))?.commitments ?? [];
		if (!commitment) throw new Error('no commitment');
		const change = (projectId: string | null, version: number) =>
			parseInput(commitmentChangeSchema, {
				...commitmentProjectChange(commitment, projectId),
				version
			});
		const updated = await updateCommitment(
			db,
			{ actor: officer },
			commitment.id,
			change(project.id, 1)
		);
		expect(updated).toMatchObject({ projectId: project.id, version: 2 });
		const [led] = await projectCommitments(db, project.id);
		expect(led && presentCommitment(led)).toMatchObject({
			id: commitment.id,
			overdue: true,
			project: { id: project.id, code: project.code },
			agencyIds: [cultureId]
		});
		await expect(
			updateCommitment(db, { actor: officer }, commitment.id, change(null, 1))
		).rejects.toMatchObject({ code: 'stale_version' });
		const audited = await db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.entityType, 'commitment'), eq(auditLog.entityId, commitment.id)));
		expect(audited.map((entry) => (entry.after as { projectId: string }).projectId)).toContain(
			project.id
		);
		await updateCommitment(db, { actor: officer }, commitment.id, change(null, 2));
		expect(await projectCommitments(db, project.id)).toEqual([]);
	});
});
