import { asc, eq, inArray } from 'drizzle-orm';
import { translate, type MessageKey } from '../i18n/index.ts';
import type { Executor } from './db/client.ts';
import {
	commitmentAgencies,
	commitments,
	engagementOutcomes,
	engagementParticipants,
	engagements
} from './engagements/schema.ts';
import { circularPractices, circularRecipients, circulars, practices } from './knowledge/schema.ts';
import { circularScope, isShared, unsubmittedScope } from './platform/policy.ts';
import { agencies } from './platform/schema.ts';
import { agreementParties, agreements, countries, partners } from './partners/schema.ts';
import { kpis, planElements, plans } from './plans/schema.ts';
import { progressReports, projectAgencies, projectPartners, projects } from './projects/schema.ts';
import { indexRecord, sourceOf, type SearchSource } from './search/documents.ts';

const lines = (...parts: (string | null | undefined | false)[]) =>
	parts.filter((part): part is string => typeof part === 'string' && part !== '').join('\n');

const both = (th: string, en: string | null) => (en ? `${th} · ${en}` : th);

/** A catalog label in Thai and English, so either language finds it. */
const label = (key: MessageKey) => both(translate('th', key), translate('en', key));

/** The texts of related rows, looked up by the record each row belongs to. */
const grouped = <T extends { key: string }>(rows: T[], text: (row: T) => string) => {
	const map = new Map<string, string[]>();
	for (const row of rows) map.set(row.key, [...(map.get(row.key) ?? []), text(row)]);
	return (key: string) => map.get(key) ?? [];
};

const projectSource: SearchSource = {
	type: 'project',
	readAction: 'project.read',
	records: projects.id,
	async documents(executor, ids) {
		const rows = await executor
			.select()
			.from(projects)
			.where(inArray(projects.id, [...ids]));
		const partnerNames = grouped(
			await executor
				.select({
					key: projectPartners.projectId,
					nameTh: partners.nameTh,
					nameEn: partners.nameEn
				})
				.from(projectPartners)
				.innerJoin(partners, eq(partners.id, projectPartners.partnerId))
				.where(inArray(projectPartners.projectId, [...ids]))
				.orderBy(asc(partners.nameTh)),
			(row) => both(row.nameTh, row.nameEn)
		);
		return rows.map((row) => ({
			recordId: row.id,
			title: both(row.titleTh, row.titleEn),
			body: lines(
				row.code,
				row.rationaleTh,
				...row.objectives,
				row.targetsTh,
				row.responsibleUnitText,
				...partnerNames(row.id),
				...row.unmatchedPartnerNames,
				...row.themes
			),
			url: `/projects/${row.id}`,
			agencyIds: null
		}));
	}
};

/** Submitted and approved reports are read by every reader; unsubmitted ones as decision 0013 says. */
const progressReportSource: SearchSource = {
	type: 'progress_report',
	readAction: 'project.read',
	agencyScope: unsubmittedScope,
	records: progressReports.id,
	async documents(executor, ids) {
		const rows = await executor
			.select({ report: progressReports, titleTh: projects.titleTh })
			.from(progressReports)
			.innerJoin(projects, eq(projects.id, progressReports.projectId))
			.where(inArray(progressReports.id, [...ids]));
		const agencyRows = rows.length
			? await executor
					.select({ projectId: projectAgencies.projectId, agencyId: projectAgencies.agencyId })
					.from(projectAgencies)
					.where(
						inArray(projectAgencies.projectId, [...new Set(rows.map((r) => r.report.projectId))])
					)
			: [];
		return rows.map(({ report, titleTh }) => ({
			recordId: report.id,
			title: `${titleTh} — รายงานความก้าวหน้า ครั้งที่ ${report.sequence}`,
			body: lines(report.statusText, report.reportedBy, report.decreaseReason),
			url: `/projects/${report.projectId}`,
			agencyIds: isShared(report.state)
				? null
				: [
						...new Set(
							agencyRows.filter((a) => a.projectId === report.projectId).map((a) => a.agencyId)
						)
					]
		}));
	}
};

const planSource: SearchSource = {
	type: 'plan',
	readAction: 'plan.read',
	records: plans.id,
	async documents(executor, ids) {
		const rows = await executor
			.select()
			.from(plans)
			.where(inArray(plans.id, [...ids]));
		return rows.map((row) => ({
			recordId: row.id,
			title: both(row.titleTh, row.titleEn),
			body: lines(row.code, row.issuerTh, row.issuerEn, row.sourceDocument),
			url: `/plans/${row.id}`,
			agencyIds: null
		}));
	}
};

const planElementSource: SearchSource = {
	type: 'plan_element',
	readAction: 'plan.read',
	records: planElements.id,
	async documents(executor, ids) {
		const rows = await executor
			.select()
			.from(planElements)
			.where(inArray(planElements.id, [...ids]));
		return rows.map((row) => ({
			recordId: row.id,
			title: `${row.code} ${both(row.titleTh, row.titleEn)}`,
			body: lines(row.descriptionTh, row.descriptionEn),
			url: `/plans/elements/${row.id}`,
			agencyIds: null
		}));
	}
};

const kpiSource: SearchSource = {
	type: 'kpi',
	readAction: 'plan.read',
	records: kpis.id,
	async documents(executor, ids) {
		const rows = await executor
			.select()
			.from(kpis)
			.where(inArray(kpis.id, [...ids]));
		return rows.map((row) => ({
			recordId: row.id,
			title: `${row.code} ${both(row.titleTh, row.titleEn)}`,
			body: lines(row.unitTh, row.unitEn, row.notesTh, row.notesEn),
			url: `/kpis/${row.id}`,
			agencyIds: null
		}));
	}
};

const practiceSource: SearchSource = {
	type: 'practice',
	readAction: 'knowledge.read',
	records: practices.id,
	async documents(executor, ids) {
		const rows = await executor
			.select()
			.from(practices)
			.where(inArray(practices.id, [...ids]));
		return rows.map((row) => ({
			recordId: row.id,
			title: lines(row.titleTh, row.titleEn).replace('\n', ' · '),
			body: lines(
				both(row.sourceName, row.sourceNameEn),
				row.country,
				row.summaryTh,
				...row.actions,
				row.measureText,
				...row.themes
			),
			url: `/knowledge/practices/${row.id}`,
			agencyIds: null
		}));
	}
};

/** A circular is found by whoever may read it: its recipients and the office-wide roles. */
const circularSource: SearchSource = {
	type: 'circular',
	readAction: 'knowledge.read',
	agencyScope: circularScope,
	records: circulars.id,
	async documents(executor, ids) {
		const rows = await executor
			.select()
			.from(circulars)
			.where(inArray(circulars.id, [...ids]));
		const recipients = rows.length
			? await executor
					.select({
						circularId: circularRecipients.circularId,
						agencyId: circularRecipients.agencyId
					})
					.from(circularRecipients)
					.where(
						inArray(
							circularRecipients.circularId,
							rows.map((row) => row.id)
						)
					)
			: [];
		const carried = rows.length
			? await executor
					.select({ circularId: circularPractices.circularId, title: practices.titleTh })
					.from(circularPractices)
					.innerJoin(practices, eq(practices.id, circularPractices.practiceId))
					.where(
						inArray(
							circularPractices.circularId,
							rows.map((row) => row.id)
						)
					)
					.orderBy(asc(circularPractices.position))
			: [];
		return rows.map((row) => ({
			recordId: row.id,
			title: `${row.documentNumber} ${row.subject}`,
			body: lines(
				row.fromText,
				row.toText,
				row.body,
				row.signedBy,
				row.signedPosition,
				...row.minutes.map((minute) => lines(minute.note, minute.name, minute.position)),
				...carried.filter((c) => c.circularId === row.id).map((c) => c.title)
			),
			url: `/knowledge/circulars/${row.id}`,
			agencyIds: recipients.filter((r) => r.circularId === row.id).map((r) => r.agencyId)
		}));
	}
};

const agencySource: SearchSource = {
	type: 'agency',
	readAction: 'agency.read',
	records: agencies.id,
	async documents(executor, ids) {
		const rows = await executor
			.select()
			.from(agencies)
			.where(inArray(agencies.id, [...ids]));
		return rows.map((row) => ({
			recordId: row.id,
			title: both(row.nameTh, row.nameEn),
			body: lines(row.code, row.abbrTh, row.geocode),
			url: `/agencies?q=${encodeURIComponent(row.code)}`,
			agencyIds: null
		}));
	}
};

/** Partners are public to every reader; their contact people are personal data and never indexed. */
const partnerSource: SearchSource = {
	type: 'partner',
	readAction: 'partner.read',
	records: partners.id,
	async documents(executor, ids) {
		const rows = await executor
			.select({ partner: partners, countryTh: countries.nameTh, countryEn: countries.nameEn })
			.from(partners)
			.leftJoin(countries, eq(countries.code, partners.countryCode))
			.where(inArray(partners.id, [...ids]));
		return rows.map(({ partner, countryTh, countryEn }) => ({
			recordId: partner.id,
			title: both(partner.nameTh, partner.nameEn),
			body: lines(
				partner.nameLocal,
				partner.code,
				label(`partnerKind.${partner.kind}`),
				countryTh && both(countryTh, countryEn),
				partner.descriptionTh
			),
			url: `/partners/${partner.id}`,
			agencyIds: null
		}));
	}
};

const agreementSource: SearchSource = {
	type: 'agreement',
	readAction: 'partner.read',
	records: agreements.id,
	async documents(executor, ids) {
		const rows = await executor
			.select()
			.from(agreements)
			.where(inArray(agreements.id, [...ids]));
		const parties = rows.length
			? await executor
					.select({
						key: agreementParties.agreementId,
						partnerId: partners.id,
						nameTh: partners.nameTh,
						nameEn: partners.nameEn
					})
					.from(agreementParties)
					.innerJoin(partners, eq(partners.id, agreementParties.partnerId))
					.where(
						inArray(
							agreementParties.agreementId,
							rows.map((row) => row.id)
						)
					)
					.orderBy(asc(partners.nameEn))
			: [];
		const partiesOf = grouped(parties, (party) => both(party.nameTh, party.nameEn));
		const firstParty = new Map<string, string>();
		for (const party of parties)
			if (!firstParty.has(party.key)) firstParty.set(party.key, party.partnerId);
		return rows.map((row) => ({
			recordId: row.id,
			title: both(row.titleTh, row.titleEn),
			body: lines(
				row.code,
				label(`agreementType.${row.type}`),
				...partiesOf(row.id),
				...row.fields,
				row.noteTh
			),
			url: `/partners/${firstParty.get(row.id) ?? ''}`,
			agencyIds: null
		}));
	}
};

const engagementSource: SearchSource = {
	type: 'engagement',
	readAction: 'engagement.read',
	records: engagements.id,
	async documents(executor, ids) {
		const rows = await executor
			.select({ engagement: engagements, countryTh: countries.nameTh, countryEn: countries.nameEn })
			.from(engagements)
			.leftJoin(countries, eq(countries.code, engagements.countryCode))
			.where(inArray(engagements.id, [...ids]));
		const participants = rows.length
			? await executor
					.select({
						key: engagementParticipants.engagementId,
						partnerTh: partners.nameTh,
						partnerEn: partners.nameEn,
						agencyTh: agencies.nameTh,
						presentationTh: engagementParticipants.presentationTh
					})
					.from(engagementParticipants)
					.leftJoin(partners, eq(partners.id, engagementParticipants.partnerId))
					.leftJoin(agencies, eq(agencies.id, engagementParticipants.agencyId))
					.where(
						inArray(
							engagementParticipants.engagementId,
							rows.map((row) => row.engagement.id)
						)
					)
					.orderBy(asc(engagementParticipants.position))
			: [];
		const outcomes = rows.length
			? await executor
					.select({
						key: engagementOutcomes.engagementId,
						titleTh: engagementOutcomes.titleTh,
						titleEn: engagementOutcomes.titleEn
					})
					.from(engagementOutcomes)
					.where(
						inArray(
							engagementOutcomes.engagementId,
							rows.map((row) => row.engagement.id)
						)
					)
					.orderBy(asc(engagementOutcomes.position))
			: [];
		const outcomesOf = grouped(outcomes, (o) => both(o.titleTh, o.titleEn));
		const participantsOf = grouped(participants, (p) =>
			lines(p.partnerTh && both(p.partnerTh, p.partnerEn), p.agencyTh, p.presentationTh)
		);
		return rows.map(({ engagement, countryTh, countryEn }) => ({
			recordId: engagement.id,
			title: both(engagement.titleTh, engagement.titleEn),
			body: lines(
				engagement.code,
				label(`engagementKind.${engagement.kind}`),
				engagement.venue,
				engagement.city,
				countryTh && both(countryTh, countryEn),
				engagement.themeTh,
				...engagement.topics,
				engagement.summaryTh,
				...participantsOf(engagement.id),
				...outcomesOf(engagement.id)
			),
			url: `/engagements/${engagement.id}`,
			agencyIds: null
		}));
	}
};

const outcomeSource: SearchSource = {
	type: 'engagement_outcome',
	readAction: 'engagement.read',
	records: engagementOutcomes.id,
	async documents(executor, ids) {
		const rows = await executor
			.select({ outcome: engagementOutcomes, engagementTh: engagements.titleTh })
			.from(engagementOutcomes)
			.innerJoin(engagements, eq(engagements.id, engagementOutcomes.engagementId))
			.where(inArray(engagementOutcomes.id, [...ids]));
		return rows.map(({ outcome, engagementTh }) => ({
			recordId: outcome.id,
			title: both(outcome.titleTh, outcome.titleEn),
			body: lines(label(`outcomeKind.${outcome.kind}`), outcome.descriptionTh, engagementTh),
			url: `/engagements/${outcome.engagementId}#outcomes`,
			agencyIds: null
		}));
	}
};

const commitmentSource: SearchSource = {
	type: 'commitment',
	readAction: 'engagement.read',
	records: commitments.id,
	async documents(executor, ids) {
		const rows = await executor
			.select({ commitment: commitments, engagementTh: engagements.titleTh })
			.from(commitments)
			.innerJoin(engagements, eq(engagements.id, commitments.engagementId))
			.where(inArray(commitments.id, [...ids]));
		const responsible = rows.length
			? await executor
					.select({
						key: commitmentAgencies.commitmentId,
						nameTh: agencies.nameTh,
						nameEn: agencies.nameEn
					})
					.from(commitmentAgencies)
					.innerJoin(agencies, eq(agencies.id, commitmentAgencies.agencyId))
					.where(
						inArray(
							commitmentAgencies.commitmentId,
							rows.map((row) => row.commitment.id)
						)
					)
			: [];
		const agenciesOf = grouped(responsible, (agency) => both(agency.nameTh, agency.nameEn));
		return rows.map(({ commitment, engagementTh }) => ({
			recordId: commitment.id,
			title: both(commitment.titleTh, commitment.titleEn),
			body: lines(commitment.descriptionTh, ...agenciesOf(commitment.id), engagementTh),
			url: `/engagements/${commitment.engagementId}#commitments`,
			agencyIds: null
		}));
	}
};

/**
 * Every kind of record the search covers. A new kind is one entry here, and one `indexDocument`
 * call in the transaction of each write to it.
 */
export const searchSources: readonly SearchSource[] = [
	projectSource,
	progressReportSource,
	planSource,
	planElementSource,
	kpiSource,
	practiceSource,
	circularSource,
	agencySource,
	partnerSource,
	agreementSource,
	engagementSource,
	outcomeSource,
	commitmentSource
];

export type SearchType = (typeof searchSources)[number]['type'];

/** Writes the index entry of one record; call it in the transaction that writes the record. */
export function indexDocument(executor: Executor, type: string, recordId: string): Promise<void> {
	return indexRecord(executor, sourceOf(searchSources, type), recordId);
}

export const searchTypes = searchSources.map((source) => source.type);

/**
 * Re-indexes every record whose entry carries a partner's name (its agreements, the engagements
 * it took part in, its projects): call it in the transaction that renames the partner.
 */
export async function indexRecordsNamingPartner(executor: Executor, partnerId: string) {
	const [agreementRows, engagementRows, projectRows] = await Promise.all([
		executor
			.select({ id: agreementParties.agreementId })
			.from(agreementParties)
			.where(eq(agreementParties.partnerId, partnerId)),
		executor
			.selectDistinct({ id: engagementParticipants.engagementId })
			.from(engagementParticipants)
			.where(eq(engagementParticipants.partnerId, partnerId)),
		executor
			.select({ id: projectPartners.projectId })
			.from(projectPartners)
			.where(eq(projectPartners.partnerId, partnerId))
	]);
	for (const { id } of agreementRows) await indexDocument(executor, 'agreement', id);
	for (const { id } of engagementRows) await indexDocument(executor, 'engagement', id);
	for (const { id } of projectRows) await indexDocument(executor, 'project', id);
}
