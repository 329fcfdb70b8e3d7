import type { SQL } from 'drizzle-orm';

/**
 * One kind of dated activity with partners, declared by the module that keeps it: given the
 * partner's id and today, a SELECT of (date, 'day' or 'year') rows, one per activity up to today.
 */
export type PartnerActivity = (partnerId: SQL, today: SQL) => SQL;

const kinds = new Set<PartnerActivity>();

/** Makes a kind of activity count towards partners' last activity; the app registers them at start. */
export function registerPartnerActivity(...added: PartnerActivity[]): void {
	for (const kind of added) kinds.add(kind);
}

/** Every kind registered: none means the modules were not registered, and nothing is computed. */
export function partnerActivities(): PartnerActivity[] {
	if (kinds.size === 0) throw new Error('No partner activity is registered');
	return [...kinds];
}
