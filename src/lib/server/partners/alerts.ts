import { addDays } from '../../dates.ts';
import type { AgreementRow } from './repository.ts';

export type AgreementAlert =
	| { kind: 'reviewDue' | 'expiring'; agreementId: string; on: string }
	| { kind: 'anniversary'; agreementId: string; years: number; on: string };

/** How far ahead a review or expiry shows as an alert. */
const noticeDays = 180;

/**
 * The anniversaries the office marks: the 5th, the 10th, then every 5th from the 20th (20, 25,
 * 30, …). The 15th is not one.
 */
export function isMarkedAnniversary(years: number): boolean {
	return years === 5 || years === 10 || (years >= 20 && years % 5 === 0);
}

/** The day of a signing's anniversary in a year; one signed on 29 February falls on the 28th. */
function anniversaryOn(signedOn: string, year: number): string {
	const monthDay = signedOn.slice(5, 10);
	const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
	return `${String(year).padStart(4, '0')}-${monthDay === '02-29' && !leap ? '02-28' : monthDay}`;
}

/**
 * Alerts for a partner's agreements on `today`: a review or expiry date passed or within 180 days
 * (for agreements still in force or under review), and marked anniversaries of signing
 * (`isMarkedAnniversary`) in the current year, on the day they fall.
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
			if (isMarkedAnniversary(years)) {
				const on = anniversaryOn(agreement.signedOn, Number(today.slice(0, 4)));
				alerts.push({ kind: 'anniversary', agreementId: agreement.id, years, on });
			}
		}
	}
	return alerts;
}
