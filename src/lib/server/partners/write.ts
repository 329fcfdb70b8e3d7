import { eq, inArray } from 'drizzle-orm';
import type { Db, Executor } from '../db/index.ts';
import {
	AppError,
	authorize,
	type ChangeContext,
	duplicateOf,
	recordAudit,
	refuseDuplicates,
	requireVersion
} from '../platform/index.ts';
import { indexDocument } from '../search/index.ts';
import { findCountry, findSamePartner, refreshLastActivity } from './repository.ts';
import { agreementParties, agreements, partnerContacts, partners } from './schema.ts';
import type { AgreementInput, ContactInput, PartnerInput } from './schemas.ts';

/**
 * Records a new partner. Refused when the country is unknown, and when a partner of the same
 * name is already recorded in the same country: the refusal links the one that exists.
 */
export async function createPartner(db: Db, context: ChangeContext, input: PartnerInput) {
	authorize(context.actor, 'partner.manage');
	return refuseDuplicates(
		() =>
			db.transaction(async (tx) => {
				await checkPartner(tx, input);
				const { version: _version, ...values } = input;
				const [created] = await tx.insert(partners).values(values).returning();
				if (!created) throw new Error('could not insert partner');
				await indexDocument(tx, 'partner', created.id);
				await recordAudit(tx, context, {
					action: 'create',
					entityType: 'partner',
					entityId: created.id,
					after: { ...input }
				});
				return created;
			}),
		() => checkPartner(db, input)
	);
}

/**
 * Refuses an unknown country, and a partner of the same name already recorded in the same
 * country (other than `partnerId`, the one being changed): the refusal links the one that exists.
 */
async function checkPartner(executor: Executor, input: PartnerInput, partnerId?: string) {
	if (input.countryCode && !(await findCountry(executor, input.countryCode))) {
		throw new AppError('validation_failed', {
			fields: { countryCode: { key: 'validation.country' } }
		});
	}
	const same = await findSamePartner(executor, input, input.countryCode, partnerId);
	if (same) {
		throw duplicateOf('nameEn', 'validation.partnerExists', {
			id: same.id,
			label: `${same.nameTh} (${same.nameEn})`,
			href: `/partners/${same.id}`
		});
	}
}

/** The fields of a partner that its form and the API change, and its version. */
const editable = (row: typeof partners.$inferSelect) => ({
	version: row.version,
	kind: row.kind,
	nameTh: row.nameTh,
	nameEn: row.nameEn,
	nameLocal: row.nameLocal,
	countryCode: row.countryCode,
	latitude: row.latitude,
	longitude: row.longitude,
	website: row.website,
	descriptionTh: row.descriptionTh,
	status: row.status,
	unverified: row.unverified
});

/**
 * Changes a partner at the version its editor loaded: a save on an older version is refused with
 * the fields others changed since. Checked as a new partner is; its search entry and last
 * activity (projects name partners) follow in the same transaction.
 */
export async function updatePartner(
	db: Db,
	context: ChangeContext,
	partnerId: string,
	input: PartnerInput
) {
	authorize(context.actor, 'partner.manage');
	return refuseDuplicates(
		() =>
			db.transaction(async (tx) => {
				const [existing] = await tx
					.select()
					.from(partners)
					.where(eq(partners.id, partnerId))
					.for('update');
				if (!existing) throw new AppError('not_found');
				await requireVersion(tx, 'partner', partnerId, input.version, existing.version);
				await checkPartner(tx, input, partnerId);
				const { version: _version, ...values } = input;
				const [updated] = await tx
					.update(partners)
					.set({ ...values, version: existing.version + 1, updatedAt: new Date() })
					.where(eq(partners.id, partnerId))
					.returning();
				if (!updated) throw new AppError('internal', { detail: 'partner update returned nothing' });
				await indexDocument(tx, 'partner', partnerId);
				await refreshLastActivity(tx, [partnerId]);
				await recordAudit(tx, context, {
					action: 'update',
					entityType: 'partner',
					entityId: partnerId,
					before: editable(existing),
					after: editable(updated)
				});
				return updated;
			}),
		() => checkPartner(db, input, partnerId)
	);
}

/** Records an agreement of a partner (and any other partners party to it). */
export async function createAgreement(
	db: Db,
	context: ChangeContext,
	partnerId: string,
	input: AgreementInput
) {
	authorize(context.actor, 'partner.manage');
	return db.transaction(async (tx) => {
		const partyIds = [...new Set([partnerId, ...input.otherPartnerIds])];
		const found = await tx
			.select({ id: partners.id })
			.from(partners)
			.where(inArray(partners.id, partyIds));
		if (!found.some((row) => row.id === partnerId)) throw new AppError('not_found');
		if (found.length !== partyIds.length) {
			throw new AppError('validation_failed', {
				fields: { otherPartnerIds: { key: 'validation.invalid' } }
			});
		}
		const { otherPartnerIds: _others, version: _version, ...values } = input;
		const [created] = await tx.insert(agreements).values(values).returning();
		if (!created) throw new Error('could not insert agreement');
		await tx
			.insert(agreementParties)
			.values(partyIds.map((id) => ({ agreementId: created.id, partnerId: id })));
		await indexDocument(tx, 'agreement', created.id);
		await refreshLastActivity(tx, partyIds);
		await recordAudit(tx, context, {
			action: 'create',
			entityType: 'agreement',
			entityId: created.id,
			after: { ...values, parties: partyIds }
		});
		return created;
	});
}

/** The fields of an agreement that its form and the API change, and its version. */
const editableAgreement = (row: typeof agreements.$inferSelect) => ({
	version: row.version,
	type: row.type,
	titleTh: row.titleTh,
	titleEn: row.titleEn,
	signedOn: row.signedOn,
	reviewOn: row.reviewOn,
	expiresOn: row.expiresOn,
	fields: row.fields,
	status: row.status,
	noteTh: row.noteTh,
	unverified: row.unverified
});

/**
 * Changes an agreement at the version its editor loaded (its parties stay as recorded): a save on
 * an older version is refused with the fields others changed since. Its search entry and its
 * parties' last activity follow in the same transaction.
 */
export async function updateAgreement(
	db: Db,
	context: ChangeContext,
	agreementId: string,
	input: AgreementInput
) {
	authorize(context.actor, 'partner.manage');
	return db.transaction(async (tx) => {
		const [existing] = await tx
			.select()
			.from(agreements)
			.where(eq(agreements.id, agreementId))
			.for('update');
		if (!existing) throw new AppError('not_found');
		await requireVersion(tx, 'agreement', agreementId, input.version, existing.version);
		const { otherPartnerIds: _others, version: _version, ...values } = input;
		const [updated] = await tx
			.update(agreements)
			.set({
				...values,
				// A date typed now is a day; a date known only to its year stays so until changed.
				signedPrecision: values.signedOn === existing.signedOn ? existing.signedPrecision : 'day',
				version: existing.version + 1,
				updatedAt: new Date()
			})
			.where(eq(agreements.id, agreementId))
			.returning();
		if (!updated) throw new AppError('internal', { detail: 'agreement update returned nothing' });
		const parties = await tx
			.select({ id: agreementParties.partnerId })
			.from(agreementParties)
			.where(eq(agreementParties.agreementId, agreementId));
		await indexDocument(tx, 'agreement', agreementId);
		await refreshLastActivity(
			tx,
			parties.map((party) => party.id)
		);
		await recordAudit(tx, context, {
			action: 'update',
			entityType: 'agreement',
			entityId: agreementId,
			before: editableAgreement(existing),
			after: editableAgreement(updated)
		});
		return updated;
	});
}

/**
 * Adds a contact person. The audit trail keeps that a contact was added, to which partner and
 * why, never the person's details: erasing them later leaves nothing behind (decision 0008).
 */
export async function addContact(
	db: Db,
	context: ChangeContext,
	partnerId: string,
	input: ContactInput
) {
	authorize(context.actor, 'partnerContact.manage');
	return db.transaction(async (tx) => {
		const [partner] = await tx
			.select({ id: partners.id })
			.from(partners)
			.where(eq(partners.id, partnerId));
		if (!partner) throw new AppError('not_found');
		const [created] = await tx
			.insert(partnerContacts)
			.values({ ...input, partnerId })
			.returning();
		if (!created) throw new Error('could not insert contact');
		await recordAudit(tx, context, {
			action: 'create',
			entityType: 'partner_contact',
			entityId: created.id,
			after: { partnerId, purpose: input.purpose }
		});
		return created;
	});
}

/** Erases a contact person on their request; the audit records the erasure, not the person. */
export async function eraseContact(
	db: Db,
	context: ChangeContext,
	partnerId: string,
	contactId: string
) {
	authorize(context.actor, 'partnerContact.manage');
	await db.transaction(async (tx) => {
		const [erased] = await tx
			.delete(partnerContacts)
			.where(eq(partnerContacts.id, contactId))
			.returning({ partnerId: partnerContacts.partnerId, purpose: partnerContacts.purpose });
		if (!erased || erased.partnerId !== partnerId) throw new AppError('not_found');
		await recordAudit(tx, context, {
			action: 'erase',
			entityType: 'partner_contact',
			entityId: contactId,
			before: { partnerId, purpose: erased.purpose },
			after: null
		});
	});
}
