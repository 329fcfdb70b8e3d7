import { addDays } from '../../dates.ts';
import type { AgreementRow } from './repository.ts';

export type AgreementAlert =
	| { kind: 'reviewDue' | 'expiring'; agreementId: string; on: string }
	| { kind: 'anniversary'; agreementId: string; years: number };

/** How far ahead a review or expiry shows as an alert. */
const noticeDays = 180;

/**
 * Alerts for a partner's agreements on `today`: a review or expiry date passed or within 180 days
 * (for agreements still in force or under review), and round anniversaries (every 5 years) of
 * signing in the current year.
 */
export function agreementAlerts(
	agreements: Pick<AgreementRow, 'id' | 'signedOn' | 'reviewOn' | 'expiresOn' | 'status'>[],
	today: string
): AgreementAlert[] {
	const horizon = addDays(today, noticeDays);
	const alerts: AgreementAlert[] = [];
	for (const agreement of agreements) {
		const current = agreement.status === 'in_force' || agreement.status === 'under_review';
		if (current && agreement.reviewOn && agreement.reviewOn <= horizon) {
			alerts.push({ kind: 'reviewDue', agreementId: agreement.id, on: agreement.reviewOn });
		}
		if (current && agreement.expiresOn && agreement.expiresOn <= horizon) {
			alerts.push({ kind: 'expiring', agreementId: agreement.id, on: agreement.expiresOn });
		}
		if (agreement.signedOn) {
			const years = Number(today.slice(0, 4)) - Number(agreement.signedOn.slice(0, 4));
			if (years > 0 && years % 5 === 0) {
				alerts.push({ kind: 'anniversary', agreementId: agreement.id, years });
			}
		}
	}
	return alerts;
}
