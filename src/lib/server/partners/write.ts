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
import {
	type AgreementRow,
	agreementPartyIds,
	deleteContact,
	findCountry,
	findSamePartner,
	insertAgreement,
	insertAgreementParties,
	insertContact,
	insertPartner,
	lockAgreement,
	lockPartner,
	partnerExists,
	partnersAmong,
	type PartnerRow,
	refreshLastActivity,
	setAgreementFields,
	setPartnerFields
} from './repository.ts';
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
				const created = await insertPartner(tx, values);
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
const editable = (row: PartnerRow) => ({
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
				const existing = await lockPartner(tx, partnerId);
				if (!existing) throw new AppError('not_found');
				await requireVersion(tx, 'partner', partnerId, input.version, existing.version);
				await checkPartner(tx, input, partnerId);
				const { version: _version, ...values } = input;
				const updated = await setPartnerFields(tx, partnerId, {
					...values,
					version: existing.version + 1,
					updatedAt: new Date()
				});
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
		const found = await partnersAmong(tx, partyIds);
		if (!found.some((row) => row.id === partnerId)) throw new AppError('not_found');
		if (found.length !== partyIds.length) {
			throw new AppError('validation_failed', {
				fields: { otherPartnerIds: { key: 'validation.invalid' } }
			});
		}
		const { otherPartnerIds: _others, version: _version, ...values } = input;
		const created = await insertAgreement(tx, values);
		if (!created) throw new Error('could not insert agreement');
		await insertAgreementParties(tx, created.id, partyIds);
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
const editableAgreement = (row: AgreementRow) => ({
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
		const existing = await lockAgreement(tx, agreementId);
		if (!existing) throw new AppError('not_found');
		await requireVersion(tx, 'agreement', agreementId, input.version, existing.version);
		const { otherPartnerIds: _others, version: _version, ...values } = input;
		const updated = await setAgreementFields(tx, agreementId, {
			...values,
			// A date typed now is a day; a date known only to its year stays so until changed.
			signedPrecision: values.signedOn === existing.signedOn ? existing.signedPrecision : 'day',
			version: existing.version + 1,
			updatedAt: new Date()
		});
		if (!updated) throw new AppError('internal', { detail: 'agreement update returned nothing' });
		const parties = await agreementPartyIds(tx, agreementId);
		await indexDocument(tx, 'agreement', agreementId);
		await refreshLastActivity(tx, parties);
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
 * Writes the audit entry of something done with a contact person: whose contact they are and why
 * they are kept, never the person's details (decision 0008). An erasure keeps them as what was
 * before.
 */
export async function auditContact(
	executor: Executor,
	context: ChangeContext,
	action: 'create' | 'erase' | 'print_personal_data',
	contact: { id: string; partnerId: string; purpose: string }
) {
	const kept = { partnerId: contact.partnerId, purpose: contact.purpose };
	await recordAudit(executor, context, {
		action,
		entityType: 'partner_contact',
		entityId: contact.id,
		...(action === 'erase' ? { before: kept, after: null } : { after: kept })
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
		if (!(await partnerExists(tx, partnerId))) throw new AppError('not_found');
		const created = await insertContact(tx, { ...input, partnerId });
		if (!created) throw new Error('could not insert contact');
		await auditContact(tx, context, 'create', created);
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
		const erased = await deleteContact(tx, contactId);
		if (!erased || erased.partnerId !== partnerId) throw new AppError('not_found');
		await auditContact(tx, context, 'erase', { id: contactId, partnerId, purpose: erased.purpose });
	});
}
