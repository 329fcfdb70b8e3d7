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
import {
	allAgencyIds,
	type CommitteeListing,
	type CommitteeRow,
	committeeWithOrderNumber,
	findCommittee,
	findEngagementId,
	insertCommittee,
	lockCommittee,
	setCommittee
} from './committee-repository.ts';
import type { committeeSchema } from './responses.ts';
import type { CommitteeInput } from './schemas.ts';

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
	if (input.engagementId && !(await findEngagementId(tx, input.engagementId))) {
		fields.engagementId = { key: 'validation.invalid' };
	}
	const agencyIds = [...new Set(input.members.flatMap((m) => (m.agencyId ? [m.agencyId] : [])))];
	if (agencyIds.length) {
		const known = await allAgencyIds(tx);
		input.members.forEach((member, index) => {
			if (member.agencyId && !known.has(member.agencyId)) {
				fields[`members.${index}.agencyId`] = { key: 'validation.unknownAgency' };
			}
		});
	}
	if (Object.keys(fields).length) throw new AppError('validation_failed', { fields });
	const same = await committeeWithOrderNumber(tx, input.orderNumber, committeeId);
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
				const created = await insertCommittee(tx, values);
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
				const existing = await lockCommittee(tx, committeeId);
				if (!existing) throw new AppError('not_found');
				await requireVersion(tx, 'committee', committeeId, input.version, existing.version);
				await checkCommittee(tx, input, committeeId);
				const { version: _version, ...values } = input;
				const updated = await setCommittee(tx, committeeId, {
					...values,
					version: existing.version + 1,
					updatedAt: new Date()
				});
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
