import { asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../db/index.ts';
import { agencies } from '../platform/schema.ts';
import { agreements, partners } from '../partners/schema.ts';
import { engagementOutcomes, engagementParticipants } from './schema.ts';

/** Who took part in the engagements, partners and BMA agencies with their names, in order. */
export function participantsOf(executor: Executor, engagementIds: readonly string[]) {
	return executor
		.select({
			engagementId: engagementParticipants.engagementId,
			id: engagementParticipants.id,
			headcount: engagementParticipants.headcount,
			presentationTh: engagementParticipants.presentationTh,
			partnerId: partners.id,
			partnerNameTh: partners.nameTh,
			partnerNameEn: partners.nameEn,
			agencyId: agencies.id,
			agencyCode: agencies.code,
			agencyNameTh: agencies.nameTh,
			agencyNameEn: agencies.nameEn
		})
		.from(engagementParticipants)
		.leftJoin(partners, eq(partners.id, engagementParticipants.partnerId))
		.leftJoin(agencies, eq(agencies.id, engagementParticipants.agencyId))
		.where(inArray(engagementParticipants.engagementId, engagementIds))
		.orderBy(asc(engagementParticipants.position));
}

/** What came out of the engagements, with the titles of the agreements outcomes name, in order. */
export async function outcomesOf(executor: Executor, engagementIds: readonly string[]) {
	const rows = await executor
		.select({
			outcome: engagementOutcomes,
			agreementTitleTh: agreements.titleTh,
			agreementTitleEn: agreements.titleEn
		})
		.from(engagementOutcomes)
		.leftJoin(agreements, eq(agreements.id, engagementOutcomes.agreementId))
		.where(inArray(engagementOutcomes.engagementId, engagementIds))
		.orderBy(asc(engagementOutcomes.position));
	return rows.map((row) => ({
		...row.outcome,
		agreementTitleTh: row.agreementTitleTh,
		agreementTitleEn: row.agreementTitleEn
	}));
}

/**
 * What each side presented (participants with a presentation, partners and BMA agencies alike)
 * and what was agreed (outcomes) at each of the engagements given, in the order given.
 */
export async function presentationsAndOutcomes(executor: Executor, engagementIds: string[]) {
	if (!engagementIds.length) return [];
	const [participants, outcomes] = await Promise.all([
		participantsOf(executor, engagementIds),
		outcomesOf(executor, engagementIds)
	]);
	return engagementIds.map((engagementId) => ({
		engagementId,
		presentations: participants.flatMap((row) =>
			row.engagementId === engagementId && row.presentationTh
				? [
						{
							presenterTh: row.partnerNameTh ?? row.agencyNameTh ?? '',
							presenterEn: row.partnerNameEn ?? row.agencyNameEn ?? null,
							presentationTh: row.presentationTh
						}
					]
				: []
		),
		outcomes: outcomes.filter((outcome) => outcome.engagementId === engagementId)
	}));
}
