import { commitmentsDue } from '../engagements/index.ts';
import { addDays } from '../../dates.ts';
import type { Db, Tx } from '../db/index.ts';
import { translate } from '../../i18n/index.ts';
import { type Notice, notify, recipientsFor } from '../notifications/index.ts';
import { type Action, type ScheduledJob, periodOf } from '../platform/index.ts';
import { projectsBehind } from '../projects/index.ts';
import { agreementAlertsOf, gatherAlerts } from './alerts.ts';
import type { AlertKind } from './kinds.ts';
import { kpisOfYear } from './repository.ts';
import { daysUntil, fiscalYearNearingEnd, withinDays } from './rules.ts';

/** Reports, KPI results and commitments are reminded of this many days before they fall due. */
export const reminderDays = 7;
/** Agreements are reminded of this many days before their review. */
export const agreementReminderDays = 90;

type Facts = Notice['facts'];

const titled = (titleTh: string, titleEn: string | null): Facts =>
	titleEn ? { title: titleTh, titleEn } : { title: titleTh };

/** Tells the users of `agencyIds` who may do `action`; nobody when the record names no agency. */
async function tell(
	tx: Tx,
	action: Action,
	agencyIds: readonly string[] | undefined,
	notice: Omit<Notice, 'to'>
): Promise<number> {
	if (agencyIds?.length === 0) return 0;
	return notify(tx, { ...notice, to: await recipientsFor(tx, action, agencyIds) });
}

/**
 * Progress reports: a reminder when a round falls due within `reminderDays` and the project has
 * not answered it, and one when a round has passed unanswered; each once per project and due date.
 */
async function remindReports(tx: Tx, today: string): Promise<number> {
	const [soon, overdue] = await Promise.all([
		projectsBehind(tx, addDays(today, reminderDays)),
		projectsBehind(tx, addDays(today, -1))
	]);
	const overdueNow = new Map(overdue.map((project) => [project.id, project.overdue]));
	const notices = [
		...soon
			.filter((project) => project.overdue > (overdueNow.get(project.id) ?? 0))
			.map((project) => ({ kind: 'reminder.dueSoon' as const, project })),
		...overdue.map((project) => ({ kind: 'reminder.overdue' as const, project }))
	];
	let written = 0;
	for (const { kind, project } of notices) {
		written += await tell(tx, 'progressReport.report', project.agencyIds, {
			kind,
			path: `/projects/${project.id}#report-title`,
			facts: {
				record: 'progressReport',
				...titled(project.titleTh, project.titleEn),
				dueOn: project.dueOn
			},
			onceKey: `progressReport:${project.id}:${project.dueOn}`
		});
	}
	return written;
}

/** KPI results: a reminder when the fiscal year ends within `reminderDays` and none is shared. */
async function remindResults(tx: Tx, today: string): Promise<number> {
	const near = fiscalYearNearingEnd(today);
	if (!near || daysUntil(today, near.end) > reminderDays) return 0;
	let written = 0;
	for (const kpi of await kpisOfYear(tx, near.fiscalYear)) {
		if (kpi.sharedValue !== null) continue;
		written += await tell(tx, 'kpiResult.report', kpi.agencyIds, {
			kind: 'reminder.dueSoon',
			path: `/kpis/${kpi.id}#result-${near.fiscalYear}`,
			facts: {
				record: 'kpiResult',
				...titled(`${kpi.code} ${kpi.titleTh}`, kpi.titleEn && `${kpi.code} ${kpi.titleEn}`),
				dueOn: near.end
			},
			onceKey: `kpiResult:${kpi.id}:${near.fiscalYear}`
		});
	}
	return written;
}

/** Open commitments due within `reminderDays` or overdue: their agencies, once per due date. */
async function remindCommitments(tx: Tx, today: string): Promise<number> {
	let written = 0;
	for (const commitment of await commitmentsDue(tx, today, { days: reminderDays })) {
		written += await tell(tx, 'commitment.update', commitment.agencyIds, {
			kind: 'commitment.due',
			path: `/engagements/${commitment.engagementId}#commitments`,
			facts: { ...titled(commitment.titleTh, commitment.titleEn), dueOn: commitment.dueOn },
			onceKey: `commitment:${commitment.id}:${commitment.dueOn}`
		});
	}
	return written;
}

/** Agreements whose review is within `agreementReminderDays` or past: the IAO, once per date. */
async function remindAgreements(tx: Tx, today: string): Promise<number> {
	const alerts = await agreementAlertsOf(tx, today);
	let written = 0;
	for (const alert of alerts) {
		if (alert.kind !== 'agreementReview') continue;
		if (!withinDays(today, alert.on, agreementReminderDays)) continue;
		written += await tell(tx, 'partner.manage', undefined, {
			kind: 'agreement.reviewDue',
			path: alert.path,
			facts: { ...titled(alert.titleTh, alert.titleEn), dueOn: alert.on },
			onceKey: `${alert.key}:${alert.on}`
		});
	}
	return written;
}

/**
 * Every reminder due on the day, in one transaction. Each is written once per record and due
 * date (`onceKey`), so a day run twice, or a restart, sends nothing again.
 */
export const remindersJob: ScheduledJob = {
	name: 'alerts.reminders',
	every: 'day',
	run: (db: Db, { now }) =>
		db.transaction(async (tx) => {
			const today = periodOf('day', now);
			await remindReports(tx, today);
			await remindResults(tx, today);
			await remindCommitments(tx, today);
			await remindAgreements(tx, today);
		})
};

/** What the weekly digest counts: what is due in the next 30 days, and overdue. */
const digestKinds: readonly AlertKind[] = [
	'reportOverdue',
	'commitmentOverdue',
	'kpiAtRisk',
	'agreementReview',
	'upcomingEngagement'
];

/** The weekly summary for executives: how many alerts of each kind, linking to the alerts. */
export const weeklyDigestJob: ScheduledJob = {
	name: 'alerts.weeklyDigest',
	every: 'week',
	run: (db: Db, { period, now }) =>
		db.transaction(async (tx) => {
			const today = periodOf('day', now);
			const alerts = await gatherAlerts(tx, { today, within: 30, dormantYears: 0 }, (kind) =>
				digestKinds.includes(kind)
			);
			const counts = Object.fromEntries(
				digestKinds.map((kind) => [kind, alerts.filter((alert) => alert.kind === kind).length])
			) as Record<(typeof digestKinds)[number], number>;
			const summary = (locale: 'th' | 'en') =>
				translate(locale, 'reminders.weeklyTitle', { week: period, ...counts });
			await tell(tx, 'weeklyDigest.receive', undefined, {
				kind: 'digest.weekly',
				path: '/alerts?within=30',
				facts: { title: summary('th'), titleEn: summary('en') },
				onceKey: period
			});
		})
};
