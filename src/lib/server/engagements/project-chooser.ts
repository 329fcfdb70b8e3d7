import type { z } from 'zod';
import type { Executor } from '../db/index.ts';
import { type Actor, can } from '../platform/index.ts';
import { listProjects, projectFilterSchema } from '../projects/index.ts';
import type { CommitmentWith } from './repository.ts';
import type { commitmentChangeSchema } from './schemas.ts';

/** How many projects the chooser lists for one search. */
const chooserSize = 20;

/**
 * The projects a commitment's chooser offers for what was typed (code or title, Thai or English),
 * by title: only projects the reader may read, none for a search that cannot be read.
 */
export async function projectChooser(executor: Executor, actor: Actor, typed: string) {
	if (!can(actor, 'project.read')) return { total: 0, projects: [] };
	const filter = projectFilterSchema.safeParse({
		q: typed.trim() || undefined,
		sort: 'title',
		direction: 'asc',
		pageSize: chooserSize
	});
	if (!filter.success) return { total: 0, projects: [] };
	const { items, total } = await listProjects(executor, filter.data);
	return {
		total,
		projects: items.map((project) => ({
			id: project.id,
			code: project.code,
			titleTh: project.titleTh,
			titleEn: project.titleEn,
			fiscalYear: project.fiscalYear
		}))
	};
}

/**
 * A commitment as it stands, changed only in the project it leads to: what `updateCommitment`
 * takes, with the version the user saw.
 */
export function commitmentProjectChange(
	commitment: CommitmentWith,
	projectId: string | null
): Omit<z.input<typeof commitmentChangeSchema>, 'version'> {
	return {
		titleTh: commitment.titleTh,
		titleEn: commitment.titleEn,
		descriptionTh: commitment.descriptionTh,
		scope: commitment.scope,
		agencyIds: commitment.agencies.map((agency) => agency.id),
		partnerIds: commitment.partners.map((partner) => partner.id),
		dueOn: commitment.dueOn,
		projectId
	};
}
