import { getApp } from '#lib/server/app.ts';
import { presentCommitment } from '#lib/server/engagements/presenters.ts';
import { openCommitments } from '#lib/server/engagements/repository.ts';
import { requirePage } from '#lib/server/platform/http/pages.ts';
import { can } from '#lib/server/platform/policy.ts';
import type { PageServerLoad } from './$types';

/** The follow-up board: every open commitment, under each agency responsible for it. */
export const load: PageServerLoad = async (event) => {
	const actor = requirePage(event, 'engagement.read');
	const commitments = (await openCommitments(getApp().database.db)).map(presentCommitment);
	const byAgency = new Map<
		string,
		{ agency: (typeof commitments)[number]['agencies'][number]; items: typeof commitments }
	>();
	for (const commitment of commitments) {
		for (const agency of commitment.agencies) {
			const group = byAgency.get(agency.id) ?? { agency, items: [] };
			group.items.push(commitment);
			byAgency.set(agency.id, group);
		}
	}
	return {
		groups: [...byAgency.values()].sort((a, b) => a.agency.code.localeCompare(b.agency.code)),
		total: commitments.length,
		canManage: can(actor, 'engagement.manage')
	};
};
