import { z } from 'zod';
import { getApp } from '#lib/server/app.ts';
import {
	firstOpenCommitmentsByAgency,
	movableBy,
	openCommitmentCounts,
	openCommitments,
	presentCommitment
} from '#lib/server/engagements/index.ts';
import { can, id, integerParam, requirePage, savedNotice } from '#lib/server/platform/index.ts';
import type { PageServerLoad } from './$types';

/** Commitments shown under each agency on the whole board; one agency's page shows more. */
const perAgency = 10;
const pageSize = 50;

const boardQuerySchema = z.object({
	agency: id().optional(),
	overdue: z
		.literal('1')
		.optional()
		.transform((value) => value === '1'),
	/** Only those due within this many days, not yet overdue (the executive view's figure). */
	due: integerParam(0, 3660).optional(),
	page: integerParam(1).default(1)
});

/**
 * The follow-up board: open commitments (or, with `overdue=1`, only the overdue) under each agency
 * responsible for them, the first few of each, and one agency's commitments page by page. With
 * `due=<days>`, only those due within that many days and not yet overdue.
 */
export const load: PageServerLoad = async (event) => {
	const actor = requirePage(event, 'engagement.read');
	const db = getApp().database.db;
	const parsed = boardQuerySchema.safeParse(Object.fromEntries(event.url.searchParams));
	const query = parsed.success ? parsed.data : boardQuerySchema.parse({});
	const dueDays = query.overdue ? undefined : query.due;
	const filter = { overdue: query.overdue, dueDays };
	const counts = await openCommitmentCounts(db, filter);
	const selected = counts.byAgency.find((agency) => agency.id === query.agency);
	const overdueParam: Record<string, string> = query.overdue
		? { overdue: '1' }
		: dueDays !== undefined
			? { due: String(dueDays) }
			: {};
	const link = (agencyId: string, page = 1) =>
		`?${new URLSearchParams({ ...overdueParam, agency: agencyId, ...(page > 1 ? { page: String(page) } : {}) })}`;
	const board = {
		overdue: query.overdue,
		dueDays: dueDays ?? null,
		/** Back to every agency, keeping the overdue filter. */
		everyAgency: `?${new URLSearchParams(overdueParam)}`,
		canManage: can(actor, 'engagement.manage'),
		notice: savedNotice(event, {
			status: 'commitments.statusSaved',
			commitmentProject: 'commitments.projectSaved'
		}),
		/** Where a status form comes back to: this view of the board. */
		back: `/follow-up${selected ? link(selected.id, query.page) : overdueParam.overdue || overdueParam.due ? `?${new URLSearchParams(overdueParam)}` : ''}`
	};
	const groupOf = ({ n, ...agency }: (typeof counts.byAgency)[number]) => ({
		agency,
		count: n,
		all: n > perAgency ? link(agency.id) : null
	});
	if (selected) {
		const pages = Math.max(1, Math.ceil(selected.n / pageSize));
		const page = Math.min(query.page, pages);
		const items = (
			await openCommitments(
				db,
				selected.id,
				{ limit: pageSize, offset: (page - 1) * pageSize },
				filter
			)
		).map(presentCommitment);
		return {
			...board,
			updatable: movableBy(actor, items),
			groups: [{ ...groupOf(selected), all: null, items }],
			total: counts.total,
			agency: selected,
			page,
			pages,
			previous: page > 1 ? link(selected.id, page - 1) : null,
			next: page < pages ? link(selected.id, page + 1) : null
		};
	}
	const { pairs, items } = await firstOpenCommitmentsByAgency(db, perAgency, filter);
	const byId = new Map(items.map((item) => [item.id, presentCommitment(item)]));
	return {
		...board,
		updatable: movableBy(actor, [...byId.values()]),
		groups: counts.byAgency.map((agency) => ({
			...groupOf(agency),
			items: pairs
				.filter((pair) => pair.agencyId === agency.id)
				.flatMap((pair) => byId.get(pair.commitmentId) ?? [])
		})),
		total: counts.total,
		agency: null,
		page: 1,
		pages: 1,
		previous: null,
		next: null
	};
};
