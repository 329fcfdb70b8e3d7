import { todayIso } from '../../dates.ts';
import type { Executor } from '../db/index.ts';
import { presentationsAndOutcomes } from '../engagements/index.ts';
import { partnerContactsOf } from '../partners/index.ts';
import { can, type Actor } from '../platform/index.ts';
import { partnerDossier } from './partner-dossier.ts';

/** How many past engagements the briefing tells what was presented and agreed at. */
const briefedEngagements = 2;

/**
 * What a briefing on a partner is made of: its dossier, the engagements to come (soonest first),
 * the past ones (newest first) with what was presented and agreed at the latest of them, and its
 * contact persons when the reader may see them (decision 0008), else null. Null when there is no
 * such partner.
 */
export async function partnerBriefingRecords(
	executor: Executor,
	actor: Actor,
	partnerId: string,
	options: { dormantYears: number; today?: string }
) {
	const dossier = await partnerDossier(executor, partnerId, options.dormantYears);
	if (!dossier) return null;
	const today = options.today ?? todayIso();
	const upcoming = dossier.engagements.filter((engagement) => engagement.endsOn >= today).reverse();
	const past = dossier.engagements.filter((engagement) => engagement.endsOn < today);
	const briefed = past.slice(0, briefedEngagements);
	const [records, contacts] = await Promise.all([
		presentationsAndOutcomes(
			executor,
			briefed.map((engagement) => engagement.id)
		),
		can(actor, 'partnerContact.manage') ? partnerContactsOf(executor, partnerId) : null
	]);
	return {
		dossier,
		today,
		upcoming,
		/** The latest past engagements with what was presented and agreed at each. */
		briefed: briefed.map((engagement, index) => ({ engagement, ...records[index]! })),
		/** How many past engagements the briefing leaves to the partner page. */
		earlier: past.length - briefed.length,
		contacts
	};
}
export type PartnerBriefingRecords = NonNullable<
	Awaited<ReturnType<typeof partnerBriefingRecords>>
>;
