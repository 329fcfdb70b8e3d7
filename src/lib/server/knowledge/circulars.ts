import type { Db, Executor, Tx } from '../db/index.ts';
import {
	type Actor,
	actsForAgency,
	AppError,
	authorize,
	canReadCircular,
	type ChangeContext,
	existingAgencyIds,
	type FilesToKeep,
	listAttachments,
	presentAttachment,
	recordAudit,
	withFiles
} from '../platform/index.ts';
import { notify, recipientsFor } from '../notifications/index.ts';
import { findProject } from '../projects/index.ts';
import { indexDocument } from '../search/index.ts';
import {
	type CircularRecipientRow,
	circularContents,
	circularRecipientIds,
	insertCarriedPractices,
	insertCircular,
	insertRecipients,
	lockRecipient,
	practicesAmong,
	setRecipient
} from './circular-repository.ts';
import type { AdoptionInput, CircularInput } from './schemas.ts';

/**
 * Sends a circular carrying practices to agencies, with its files (checked by `checkFiles`): each
 * agency receives it now, to acknowledge, and its users are notified. The circular, its
 * recipients, its files and the notifications are kept together or not at all.
 */
export async function sendCircular(
	db: Db,
	context: ChangeContext,
	input: CircularInput,
	attached?: FilesToKeep
) {
	authorize(context.actor, 'circular.send');
	const { practiceIds, recipientAgencyIds, ...values } = input;
	return withFiles(db, context, async (tx, keepFiles) => {
		const known = await practicesAmong(tx, practiceIds);
		const knownAgencies = await existingAgencyIds(tx, recipientAgencyIds);
		if (known.length !== new Set(practiceIds).size) {
			throw new AppError('validation_failed', {
				fields: { practiceIds: { key: 'validation.practicesRequired' } }
			});
		}
		if (knownAgencies.size !== new Set(recipientAgencyIds).size) {
			throw new AppError('validation_failed', {
				fields: { recipientAgencyIds: { key: 'validation.unknownAgency' } }
			});
		}
		const row = await insertCircular(tx, { ...values, createdBy: context.actor.id });
		const id = row!.id;
		await insertCarriedPractices(tx, id, [...new Set(practiceIds)]);
		await insertRecipients(tx, id, recipientAgencyIds);
		await recordAudit(tx, context, {
			action: 'send',
			entityType: 'circular',
			entityId: id,
			after: { ...input }
		});
		if (attached) await keepFiles({ ownerType: 'circular', ownerId: id }, attached);
		await indexDocument(tx, 'circular', id);
		await notify(tx, {
			kind: 'circular.received',
			to: await recipientsFor(tx, 'knowledge.read', recipientAgencyIds),
			path: `/knowledge/circulars/${id}`,
			facts: { record: 'circular', title: values.subject, documentNumber: values.documentNumber }
		});
		return row!;
	});
}

/** What the actor's agency did with a circular sent to it, locked; refused to anyone else. */
async function recipientFor(tx: Tx, actor: Actor, circularId: string, agencyId: string) {
	authorize(actor, 'circular.acknowledge');
	const recipient = await lockRecipient(tx, circularId, agencyId);
	if (!recipient) throw new AppError('not_found');
	if (!actsForAgency(actor, { agencyIds: [agencyId] })) throw new AppError('forbidden');
	return recipient;
}

const auditedRecipient = (row: CircularRecipientRow) => ({
	acknowledgedAt: row.acknowledgedAt?.toISOString() ?? null,
	adoption: row.adoption,
	adoptionNote: row.adoptionNote,
	projectId: row.projectId
});

/** The agency has read the circular; acknowledging again changes nothing. */
export async function acknowledgeCircular(
	db: Db,
	context: ChangeContext,
	circularId: string,
	agencyId: string
) {
	return db.transaction(async (tx) => {
		const before = await recipientFor(tx, context.actor, circularId, agencyId);
		if (before.acknowledgedAt) return before;
		const after = await setRecipient(tx, circularId, agencyId, {
			acknowledgedAt: new Date(),
			acknowledgedBy: context.actor.id
		});
		await recordAudit(tx, context, {
			action: 'acknowledge',
			entityType: 'circular_recipient',
			entityId: `${circularId}/${agencyId}`,
			before: auditedRecipient(before),
			after: auditedRecipient(after!)
		});
		return after!;
	});
}

/** Whether and how the agency adopted what the circular carried, and the project that came of it. */
export async function recordAdoption(
	db: Db,
	context: ChangeContext,
	circularId: string,
	agencyId: string,
	input: AdoptionInput
) {
	return db.transaction(async (tx) => {
		const before = await recipientFor(tx, context.actor, circularId, agencyId);
		if (input.projectId) {
			if (!(await findProject(tx, input.projectId))) {
				throw new AppError('validation_failed', {
					fields: { projectId: { key: 'validation.unknownProject' } }
				});
			}
		}
		const after = await setRecipient(tx, circularId, agencyId, {
			adoption: input.adoption,
			adoptionNote: input.adoptionNote,
			projectId: input.adoption === 'adopted' ? input.projectId : null,
			adoptedAt: input.adoption === 'pending' ? null : new Date(),
			acknowledgedAt: before.acknowledgedAt ?? new Date(),
			acknowledgedBy: before.acknowledgedBy ?? context.actor.id
		});
		await recordAudit(tx, context, {
			action: 'record_adoption',
			entityType: 'circular_recipient',
			entityId: `${circularId}/${agencyId}`,
			before: auditedRecipient(before),
			after: auditedRecipient(after!)
		});
		return after!;
	});
}

/** A circular with what it carries, its recipients and files; null when the reader may not read it. */
export async function circularDetail(executor: Executor, circularId: string, reader: Actor) {
	const recipientAgencyIds = await circularRecipientIds(executor, circularId);
	if (!recipientAgencyIds || !canReadCircular(reader, { recipientAgencyIds })) return null;
	const contents = await circularContents(executor, circularId);
	if (!contents) return null;
	const files = await listAttachments(executor, 'circular', [circularId]);
	return { ...contents, attachments: files.map(presentAttachment) };
}
