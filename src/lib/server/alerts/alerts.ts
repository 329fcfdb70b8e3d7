import { commitmentsDue } from '../engagements/index.ts';
import { addDays } from '../../dates.ts';
import type { Db, Executor } from '../db/index.ts';
import { agreementAlerts } from '../partners/index.ts';
import {
	type Action,
	type Actor,
	type ChangeContext,
	authorize,
	can,
	recordAudit
} from '../platform/index.ts';
import { projectsBehind } from '../projects/index.ts';
import type { AlertKind } from './kinds.ts';
import {
	alertableAgreements,
	dismissalsOf,
	dormantPartners,
	engagementsStarting,
	kpisOfYear,
	saveDismissal
} from './repository.ts';
import { alertKey, fiscalYearNearingEnd, isDismissed, isKpiAtRisk, withinDays } from './rules.ts';
import type { AlertDismissalInput, AlertQuery } from './schemas.ts';

export interface Alert {
	/** Its kind and record: what a dismissal names. */
	key: string;
	kind: AlertKind;
	/** The day it is about: due, expiring, starting, the anniversary, the last activity. */
	on: string;
	titleTh: string;
	titleEn: string | null;
	/** The record's page. */
	path: string;
	/** The agencies of the record (none for agreements and partners). */
	agencyIds: string[];
	/** Anniversaries: the years; overdue reports: how many. */
	figure: number | null;
}

/** Who reads each kind: the permission that reads its records. */
const readBy: Record<AlertKind, Action> = {
	agreementReview: 'partner.read',
	agreementExpiry: 'partner.read',
	anniversary: 'partner.read',
	dormantPartner: 'partner.read',
	kpiAtRisk: 'plan.read',
	reportOverdue: 'projectRound.read',
	commitmentOverdue: 'engagement.read',
	upcomingEngagement: 'engagement.read'
};

type Gather = (
	executor: Executor,
	today: string,
	within: number,
	dormantYears: number
) => Promise<Alert[]>;

const alert = (
	kind: AlertKind,
	recordId: string,
	values: Omit<Alert, 'key' | 'kind' | 'agencyIds' | 'figure'> &
		Partial<Pick<Alert, 'agencyIds' | 'figure'>>
): Alert => ({ key: alertKey(kind, recordId), kind, agencyIds: [], figure: null, ...values });

const agreementKinds = {
	reviewDue: 'agreementReview',
	expiring: 'agreementExpiry',
	anniversary: 'anniversary'
} as const;

/** The partners module's agreement alerts, on the page of each agreement's first party. */
export async function agreementAlertsOf(executor: Executor, today: string): Promise<Alert[]> {
	const rows = await alertableAgreements(executor);
	const byId = new Map(rows.map((row) => [row.id, row]));
	return agreementAlerts(rows, today).map((found) => {
		const row = byId.get(found.agreementId)!;
		return alert(agreementKinds[found.kind], row.id, {
			on: found.on,
			titleTh: row.titleTh,
			titleEn: row.titleEn,
			path: row.partnerId ? `/partners/${row.partnerId}` : '/partners',
			figure: found.kind === 'anniversary' ? found.years : null
		});
	});
}

async function kpisAtRisk(executor: Executor, today: string): Promise<Alert[]> {
	const near = fiscalYearNearingEnd(today);
	if (!near) return [];
	const rows = await kpisOfYear(executor, near.fiscalYear);
	return rows.filter(isKpiAtRisk).map((row) =>
		alert('kpiAtRisk', row.id, {
			on: near.end,
			titleTh: `${row.code} ${row.titleTh}`,
			titleEn: row.titleEn && `${row.code} ${row.titleEn}`,
			path: `/kpis/${row.id}#result-${near.fiscalYear}`,
			agencyIds: row.agencyIds
		})
	);
}

/** Projects with reports due before today and not submitted, dated by the latest due date passed. */
async function overdueReports(executor: Executor, today: string): Promise<Alert[]> {
	const rows = await projectsBehind(executor, addDays(today, -1));
	return rows.map((row) =>
		alert('reportOverdue', row.id, {
			on: row.dueOn,
			titleTh: row.titleTh,
			titleEn: row.titleEn,
			path: `/projects/${row.id}`,
			agencyIds: row.agencyIds,
			figure: row.overdue
		})
	);
}

async function overdueCommitments(executor: Executor, today: string): Promise<Alert[]> {
	const rows = await commitmentsDue(executor, today, 'overdue');
	return rows.map((row) =>
		alert('commitmentOverdue', row.id, {
			on: row.dueOn,
			titleTh: row.titleTh,
			titleEn: row.titleEn,
			path: `/engagements/${row.engagementId}#commitments`,
			agencyIds: row.agencyIds
		})
	);
}

async function upcomingEngagements(
	executor: Executor,
	today: string,
	within: number
): Promise<Alert[]> {
	const rows = await engagementsStarting(executor, today, addDays(today, within));
	return rows.map((row) =>
		alert('upcomingEngagement', row.id, {
			on: row.startsOn,
			titleTh: row.titleTh,
			titleEn: row.titleEn,
			path: `/engagements/${row.id}`,
			agencyIds: row.organisingAgencyId ? [row.organisingAgencyId] : []
		})
	);
}

/** Dormant partners, dated by their last activity (today when they have none). */
async function partnersDormant(
	executor: Executor,
	today: string,
	_within: number,
	dormantYears: number
): Promise<Alert[]> {
	const rows = await dormantPartners(executor, dormantYears, today);
	return rows.map((row) =>
		alert('dormantPartner', row.id, {
			on: row.lastActivityOn ?? today,
			titleTh: row.nameTh,
			titleEn: row.nameEn,
			path: `/partners/${row.id}`
		})
	);
}

/** Where alerts come from: each source gathers the kinds it names. */
const sources: { kinds: readonly AlertKind[]; gather: Gather }[] = [
	{ kinds: ['agreementReview', 'agreementExpiry', 'anniversary'], gather: agreementAlertsOf },
	{ kinds: ['kpiAtRisk'], gather: kpisAtRisk },
	{ kinds: ['reportOverdue'], gather: overdueReports },
	{ kinds: ['commitmentOverdue'], gather: overdueCommitments },
	{ kinds: ['upcomingEngagement'], gather: upcomingEngagements },
	{ kinds: ['dormantPartner'], gather: partnersDormant }
];

/**
 * Every alert on `today` of the kinds `wanted` keeps, within the window, soonest first. Dormant
 * partners are dated by their last activity (today when they have none), so they always fall in
 * the window.
 */
export async function gatherAlerts(
	executor: Executor,
	query: { today: string; within: number; dormantYears: number },
	wanted: (kind: AlertKind) => boolean
): Promise<Alert[]> {
	const { today, within, dormantYears } = query;
	const gathered = await Promise.all(
		sources
			.filter((source) => source.kinds.some(wanted))
			.map((source) => source.gather(executor, today, within, dormantYears))
	);
	return gathered
		.flat()
		.filter((found) => wanted(found.kind) && withinDays(today, found.on, within))
		.sort((a, b) => a.on.localeCompare(b.on) || a.titleTh.localeCompare(b.titleTh, 'th'));
}

/**
 * The alerts of `today` the reader may read: narrowed to one kind, one agency and the window, and
 * without those the reader dismissed at their present date.
 */
export async function listAlerts(
	executor: Executor,
	actor: Actor | null,
	query: AlertQuery & { today: string; dormantYears: number }
): Promise<Alert[]> {
	authorize(actor, 'alert.read');
	const { kind, agency } = query;
	const wanted = (candidate: AlertKind) =>
		(!kind || kind === candidate) && can(actor, readBy[candidate]);
	const [alerts, dismissed] = await Promise.all([
		gatherAlerts(executor, query, wanted),
		actor.id ? dismissalsOf(executor, actor.id) : new Map<string, string>()
	]);
	return alerts.filter(
		(found) => (!agency || found.agencyIds.includes(agency)) && !isDismissed(found, dismissed)
	);
}

/** Puts an alert away for the actor alone, at its present date. */
export async function dismissAlert(db: Db, context: ChangeContext, input: AlertDismissalInput) {
	const { actor } = context;
	authorize(actor, 'alert.dismiss');
	if (!actor.id) throw new Error('Only a user dismisses alerts');
	const userId = actor.id;
	return db.transaction(async (tx) => {
		const saved = await saveDismissal(tx, {
			userId,
			alertKey: input.key,
			dismissedOn: input.on
		});
		await recordAudit(tx, context, {
			action: 'dismiss',
			entityType: 'alert_dismissal',
			entityId: saved.id,
			after: { key: saved.alertKey, on: saved.dismissedOn }
		});
		return { key: saved.alertKey, on: saved.dismissedOn };
	});
}
