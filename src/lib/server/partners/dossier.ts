import { todayIso } from '../../dates.ts';
import type { Executor } from '../db/client.ts';
import { partnerEngagements, partnerOpenCommitments } from '../engagements/repository.ts';
import { partnerPractices } from '../knowledge/practices.ts';
import { findPartner, isDormant, partnerAgreements, partnerProjects } from './repository.ts';

/** Everything the partner page shows but its contacts (which need their own permission). */
export async function partnerDossier(executor: Executor, partnerId: string, dormantYears: number) {
	const partner = await findPartner(executor, partnerId);
	if (!partner) return null;
	const [agreements, engagements, projects, openCommitments, practices] = await Promise.all([
		partnerAgreements(executor, partnerId),
		partnerEngagements(executor, partnerId),
		partnerProjects(executor, partner),
		partnerOpenCommitments(executor, partnerId),
		partnerPractices(executor, partnerId)
	]);
	return {
		partner,
		dormant: isDormant(partner.lastActivityOn ?? undefined, todayIso(), dormantYears),
		agreements,
		engagements,
		projects,
		openCommitments,
		practices
	};
}
export type PartnerDossier = NonNullable<Awaited<ReturnType<typeof partnerDossier>>>;
