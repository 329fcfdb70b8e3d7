import type { z } from 'zod';
import { todayIso } from '../../dates.ts';
import { isOverdue } from './overdue.ts';
import type { CommitmentWith, EngagementDetail, EngagementRow } from './repository.ts';
import type { commitmentSchema, engagementDetailSchema, engagementSchema } from './responses.ts';

export function presentEngagement(engagement: EngagementRow): z.input<typeof engagementSchema> {
	return {
		id: engagement.id,
		code: engagement.code,
		kind: engagement.kind,
		titleTh: engagement.titleTh,
		titleEn: engagement.titleEn,
		startsOn: engagement.startsOn,
		endsOn: engagement.endsOn,
		venue: engagement.venue,
		city: engagement.city,
		countryCode: engagement.countryCode
	};
}

export function presentCommitment(commitment: CommitmentWith): z.input<typeof commitmentSchema> {
	return {
		id: commitment.id,
		engagement: commitment.engagement,
		titleTh: commitment.titleTh,
		titleEn: commitment.titleEn,
		descriptionTh: commitment.descriptionTh,
		scope: commitment.scope,
		dueOn: commitment.dueOn,
		status: commitment.status,
		overdue: isOverdue(commitment, todayIso()),
		projectId: commitment.projectId,
		project: commitment.project,
		committeeId: commitment.committeeId,
		agencyIds: commitment.agencies.map((agency) => agency.id),
		agencies: commitment.agencies,
		partnerIds: commitment.partners.map((partner) => partner.id),
		partners: commitment.partners,
		version: commitment.version
	};
}

export function presentEngagementDetail(
	detail: EngagementDetail
): z.input<typeof engagementDetailSchema> {
	return {
		...presentEngagement(detail.engagement),
		hostPartnerId: detail.engagement.hostPartnerId,
		host: detail.host,
		organisingAgencyId: detail.engagement.organisingAgencyId,
		organisingAgency: detail.organiser,
		themeTh: detail.engagement.themeTh,
		topics: detail.engagement.topics,
		summaryTh: detail.engagement.summaryTh,
		projectId: detail.engagement.projectId,
		project: detail.project,
		// A left join types the joined columns nullable; they are not when the joined id is there.
		participants: detail.participants.map((p) => ({
			partnerId: p.partnerId,
			agencyId: p.agencyId,
			partner: p.partnerId
				? { id: p.partnerId, nameTh: p.partnerNameTh ?? '', nameEn: p.partnerNameEn ?? '' }
				: null,
			agency: p.agencyId
				? {
						id: p.agencyId,
						code: p.agencyCode ?? '',
						nameTh: p.agencyNameTh ?? '',
						nameEn: p.agencyNameEn ?? ''
					}
				: null,
			headcount: p.headcount,
			presentationTh: p.presentationTh
		})),
		outcomes: detail.outcomes.map((o) => ({
			kind: o.kind,
			titleTh: o.titleTh,
			titleEn: o.titleEn,
			descriptionTh: o.descriptionTh,
			agreementId: o.agreementId,
			agreement: o.agreementId
				? { id: o.agreementId, titleTh: o.agreementTitleTh ?? '', titleEn: o.agreementTitleEn }
				: null
		})),
		committees: detail.committees.map((c) => ({
			id: c.id,
			orderNumber: c.orderNumber,
			orderDate: c.orderDate,
			titleTh: c.titleTh,
			mandateTh: c.mandateTh,
			members: c.members
		})),
		commitments: detail.commitments.map(presentCommitment),
		version: detail.engagement.version
	};
}
