import type { Executor } from '../db/client.ts';
import { partnerEngagements, partnerOpenCommitments } from '../engagements/repository.ts';
import { partnerPractices } from '../knowledge/practices.ts';
import { listAttachments, presentAttachment } from '../platform/attachments/attachments.ts';
import type { FileOwner } from '../platform/attachments/record-files.ts';
import { findPartner, isPartnerDormant, partnerAgreements, partnerProjects } from './repository.ts';
import { agreements as agreementTable } from './schema.ts';

/** An agreement's documents (the signed text, letters): the IAO attaches and removes them. */
export const agreementDocuments: FileOwner = {
	type: 'agreement',
	manage: 'partner.manage',
	records: agreementTable.id
};

/** Everything the partner page shows but its contacts (which need their own permission). */
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
