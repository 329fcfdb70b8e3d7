import type { Executor } from '../db/index.ts';
import { partnerEngagements, partnerOpenCommitments } from '../engagements/index.ts';
import { partnerPractices } from '../knowledge/index.ts';
import { listAttachments, presentAttachment } from '../platform/index.ts';
import { findPartner, isPartnerDormant, partnerAgreements } from '../partners/index.ts';
import { partnerProjects } from '../projects/index.ts';

/**
 * Everything the partner page shows but its contacts (which need their own permission): the
 * partner and its agreements, and what the other modules hold with it.
 */
export async function partnerDossier(executor: Executor, partnerId: string, dormantYears: number) {
	const partner = await findPartner(executor, partnerId);
	if (!partner) return null;
	const [agreements, engagements, projects, openCommitments, practices, dormant] =
		await Promise.all([
			partnerAgreements(executor, partnerId),
			partnerEngagements(executor, partnerId),
			partnerProjects(executor, partnerId),
			partnerOpenCommitments(executor, partnerId),
			partnerPractices(executor, partnerId),
			isPartnerDormant(executor, partnerId, dormantYears)
		]);
	const documents = await listAttachments(
		executor,
		'agreement',
		agreements.map((agreement) => agreement.id)
	);
	return {
		partner,
		dormant,
		agreements: agreements.map((agreement) => ({
			...agreement,
			documents: documents
				.filter((document) => document.ownerId === agreement.id)
				.map(presentAttachment)
		})),
		engagements,
		projects,
		openCommitments,
		practices
	};
}
export type PartnerDossier = NonNullable<Awaited<ReturnType<typeof partnerDossier>>>;
