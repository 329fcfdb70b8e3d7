import { asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../db/index.ts';
import { countries } from '../partners/schema.ts';
import { agencies } from '../platform/schema.ts';
import { both, grouped, label, lines, type SearchSource } from '../search/index.ts';
import { outcomesOf, participantsOf } from './presentations-repository.ts';
import {
	commitmentAgencies,
	commitments,
	engagementOutcomes,
	engagementParticipants,
	engagements
} from './schema.ts';

export const engagementSource: SearchSource = {
	type: 'engagement',
	readAction: 'engagement.read',
	records: engagements.id,
	mentions: {
		partner: async (executor: Executor, partnerIds) =>
			(
				await executor
					.selectDistinct({ id: engagementParticipants.engagementId })
					.from(engagementParticipants)
					.where(inArray(engagementParticipants.partnerId, [...partnerIds]))
			).map((row) => row.id)
	},
	async documents(executor, ids) {
		const rows = await executor
			.select({ engagement: engagements, countryTh: countries.nameTh, countryEn: countries.nameEn })
			.from(engagements)
			.leftJoin(countries, eq(countries.code, engagements.countryCode))
			.where(inArray(engagements.id, [...ids]));
		const found = rows.map((row) => row.engagement.id);
		const [participants, outcomes] = rows.length
			? await Promise.all([participantsOf(executor, found), outcomesOf(executor, found)])
			: [[], []];
		const outcomesOfEngagement = grouped(
			outcomes.map((outcome) => ({ key: outcome.engagementId, ...outcome })),
			(o) => both(o.titleTh, o.titleEn)
		);
		const participantsOfEngagement = grouped(
			participants.map((participant) => ({ key: participant.engagementId, ...participant })),
			(p) =>
				lines(
					p.partnerNameTh && both(p.partnerNameTh, p.partnerNameEn),
					p.agencyNameTh,
					p.presentationTh
				)
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
				...participantsOfEngagement(engagement.id),
				...outcomesOfEngagement(engagement.id)
			),
			url: `/engagements/${engagement.id}`,
			agencyIds: null
		}));
	}
};

export const outcomeSource: SearchSource = {
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

export const commitmentSource: SearchSource = {
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
					.orderBy(asc(agencies.code))
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
