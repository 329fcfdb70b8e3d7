import type { z } from 'zod';
import type { Situation } from './overview.ts';
import type { overviewSchema } from './responses.ts';

const agreementDue = (row: Omit<Situation['agreements']['reviewDue'][number], 'on'>) => ({
	id: row.id,
	titleTh: row.titleTh,
	titleEn: row.titleEn,
	partnerId: row.partnerId,
	partnerNameTh: row.partnerNameTh,
	partnerNameEn: row.partnerNameEn
});

const commitmentDue = (row: Situation['commitments']['due'][number]) => ({
	id: row.id,
	engagementId: row.engagementId,
	titleTh: row.titleTh,
	titleEn: row.titleEn,
	dueOn: row.dueOn,
	agencyCodes: row.agencyCodes
});

export function presentOverview(situation: Situation): z.input<typeof overviewSchema> {
	return {
		...situation,
		agreements: {
			reviewUntil: situation.agreements.reviewUntil,
			reviewDue: situation.agreements.reviewDue.map((row) => ({
				...agreementDue(row),
				on: row.on
			})),
			anniversaries: situation.agreements.anniversaries.map((row) => ({
				...agreementDue(row),
				years: row.years
			}))
		},
		engagements: {
			...situation.engagements,
			items: situation.engagements.items.map((item) => ({
				id: item.id,
				titleTh: item.titleTh,
				titleEn: item.titleEn,
				startsOn: item.startsOn,
				endsOn: item.endsOn
			}))
		},
		commitments: {
			until: situation.commitments.until,
			overdue: situation.commitments.overdue.map(commitmentDue),
			due: situation.commitments.due.map(commitmentDue)
		}
	};
}
