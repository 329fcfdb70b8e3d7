import { and, asc, count, desc, eq, ne, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import {
	AppError,
	authorize,
	type ChangeContext,
	duplicateOf,
	type FieldErrors,
	id,
	listAgencies,
	recordAudit,
	refuseDuplicates,
	requireVersion
} from '../platform/index.ts';
import type { Db, Executor } from '../db/index.ts';
import { agencies } from '../platform/schema.ts';
import { commitments, committees, engagements } from './schema.ts';
import type { committeeSchema } from './responses.ts';
import type { CommitteeInput } from './schemas.ts';

export type CommitteeRow = typeof committees.$inferSelect;

/** Committees with the engagement each came from and how many commitments each oversees. */
const committeesWhere = (executor: Executor, where: SQL | undefined) =>
	executor
		.select({
			committee: committees,
			engagement: {
				id: engagements.id,
				titleTh: engagements.titleTh,
				titleEn: engagements.titleEn
			},
			commitments: count(commitments.id)
		})
		.from(committees)
		.leftJoin(engagements, eq(engagements.id, committees.engagementId))
		.leftJoin(commitments, eq(commitments.committeeId, committees.id))
		.where(where)
		.groupBy(committees.id, engagements.id);

/** The committees (all, or those of one engagement), newest order first. */
export function listCommittees(executor: Executor, filter: { engagementId?: string } = {}) {
	return committeesWhere(
		executor,
		filter.engagementId ? eq(committees.engagementId, filter.engagementId) : undefined
	).orderBy(desc(committees.orderDate), asc(committees.orderNumber));
}

export async function findCommittee(executor: Executor, committeeId: string) {
	const [row] = await committeesWhere(executor, eq(committees.id, committeeId));
	return row;
}

export type CommitteeListing = Awaited<ReturnType<typeof listCommittees>>[number];

/** A committee as the API and the pages show it: its members with their agencies named. */
export async function presentCommittees(
	executor: Executor,
	rows: CommitteeListing[]
): Promise<z.input<typeof committeeSchema>[]> {
	const byId = new Map((await listAgencies(executor)).map((agency) => [agency.id, agency]));
	return rows.map(({ committee, engagement, commitments: overseen }) => ({
		id: committee.id,
		orderNumber: committee.orderNumber,
		orderDate: committee.orderDate,
		titleTh: committee.titleTh,
		mandateTh: committee.mandateTh,
		engagementId: committee.engagementId,
		engagement: engagement?.id ? engagement : null,
		members: committee.members.map((member) => {
			const agency = member.agencyId ? byId.get(member.agencyId) : undefined;
			return {
				agencyId: member.agencyId,
				agency: agency
					? { id: agency.id, code: agency.code, nameTh: agency.nameTh, nameEn: agency.nameEn }
					: null,
				roleTh: member.roleTh
			};
		}),
		commitments: overseen,
		version: committee.version
	}));
}

/** One committee as the API shows it; not_found when there is none. */
export async function presentCommittee(
	executor: Executor,
	committeeId: string
): Promise<z.input<typeof committeeSchema>> {
	const row = await findCommittee(executor, committeeId);
	const [committee] = row ? await presentCommittees(executor, [row]) : [];
	if (!committee) throw new AppError('not_found');
	return committee;
}

export const committeeFilterSchema = z.object({
	engagement: id().optional()
});

/**
 * Refuses an engagement or agency that does not exist, and an order number another committee
 * already has (other than `committeeId`, the one being changed): the refusal links that one.
 */
async function checkCommittee(tx: Executor, input: CommitteeInput, committeeId?: string) {
	const fields: FieldErrors = {};
	if (input.engagementId) {
		const [engagement] = await tx
			.select({ id: engagements.id })
			.from(engagements)
			.where(eq(engagements.id, input.engagementId));
		if (!engagement) fields.engagementId = { key: 'validation.invalid' };
	}
	const agencyIds = [...new Set(input.members.flatMap((m) => (m.agencyId ? [m.agencyId] : [])))];
	if (agencyIds.length) {
		const known = new Set(
			(await tx.select({ id: agencies.id }).from(agencies)).map((agency) => agency.id)
		);
		input.members.forEach((member, index) => {
			if (member.agencyId && !known.has(member.agencyId)) {
				fields[`members.${index}.agencyId`] = { key: 'validation.unknownAgency' };
			}
		});
	}
	if (Object.keys(fields).length) throw new AppError('validation_failed', { fields });
	const [same] = await tx
		.select({ id: committees.id, titleTh: committees.titleTh })
		.from(committees)
		.where(
			and(
				eq(committees.orderNumber, input.orderNumber),
				committeeId ? ne(committees.id, committeeId) : undefined
			)
		);
	if (same) {
		throw duplicateOf('orderNumber', 'validation.committeeExists', {
			id: same.id,
			label: same.titleTh,
			href: `/committees#committee-${same.id}`
		});
	}
}

/** The fields of a committee that its form and the API set, and its version. */
const editable = (row: CommitteeRow) => ({
	version: row.version,
	orderNumber: row.orderNumber,
	orderDate: row.orderDate,
	titleTh: row.titleTh,
	mandateTh: row.mandateTh,
	engagementId: row.engagementId,
	members: row.members
});

/** Records a committee set up by a BMA order, with its mandate and members. */
export async function createCommittee(db: Db, context: ChangeContext, input: CommitteeInput) {
	authorize(context.actor, 'engagement.manage');
	return refuseDuplicates(
		() =>
			db.transaction(async (tx) => {
				await checkCommittee(tx, input);
				const { version: _version, ...values } = input;
				const [created] = await tx.insert(committees).values(values).returning();
				if (!created) throw new Error('could not insert committee');
				await recordAudit(tx, context, {
					action: 'create',
					entityType: 'committee',
					entityId: created.id,
					after: editable(created)
				});
				return created;
			}),
		() => checkCommittee(db, input)
	);
}

/** Changes a committee at the version its editor loaded, checked as a new committee is. */
export async function updateCommittee(
	db: Db,
	context: ChangeContext,
	committeeId: string,
	input: CommitteeInput
) {
	authorize(context.actor, 'engagement.manage');
	return refuseDuplicates(
		() =>
			db.transaction(async (tx) => {
				const [existing] = await tx
					.select()
					.from(committees)
					.where(eq(committees.id, committeeId))
					.for('update');
				if (!existing) throw new AppError('not_found');
				await requireVersion(tx, 'committee', committeeId, input.version, existing.version);
				await checkCommittee(tx, input, committeeId);
				const { version: _version, ...values } = input;
				const [updated] = await tx
					.update(committees)
					.set({ ...values, version: existing.version + 1, updatedAt: new Date() })
					.where(eq(committees.id, committeeId))
					.returning();
				if (!updated) throw new Error('could not update committee');
				await recordAudit(tx, context, {
					action: 'update',
					entityType: 'committee',
					entityId: committeeId,
					before: editable(existing),
					after: editable(updated)
				});
				return updated;
			}),
		() => checkCommittee(db, input, committeeId)
	);
}
