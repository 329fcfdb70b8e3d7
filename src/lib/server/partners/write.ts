import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import type { ChangeContext } from '../platform/actor.ts';
import { recordAudit } from '../platform/audit/record.ts';
import { AppError } from '../platform/errors.ts';
import { authorize } from '../platform/policy.ts';
import { indexDocument } from '../search-sources.ts';
import { findCountry, findSamePartner, refreshLastActivity } from './repository.ts';
import { agreementParties, agreements, partnerContacts, partners } from './schema.ts';
import type { AgreementInput, ContactInput, PartnerInput } from './schemas.ts';

/**
 * Records a new partner. Refused when the country is unknown, and when a partner of the same
 * name is already recorded in the same country: the refusal links the one that exists.
 */
export async function createPartner(db: Db, context: ChangeContext, input: PartnerInput) {
	authorize(context.actor, 'partner.manage');
	return db.transaction(async (tx) => {
		if (input.countryCode && !(await findCountry(tx, input.countryCode))) {
			throw new AppError('validation_failed', {
				fields: { countryCode: { key: 'validation.country' } }
			});
		}
		const same = await findSamePartner(tx, input, input.countryCode);
		if (same) {
			throw new AppError('duplicate', {
				fields: {
					nameEn: {
						key: 'validation.partnerExists',
						params: { name: `${same.nameTh} (${same.nameEn})`, href: `/partners/${same.id}` }
					}
				},
				detail: `partner ${same.id} has the same name and country`
			});
		}
		const [created] = await tx.insert(partners).values(input).returning();
		if (!created) throw new Error('could not insert partner');
		await indexDocument(tx, 'partner', created.id);
		await recordAudit(tx, context, {
			action: 'create',
			entityType: 'partner',
			entityId: created.id,
			after: { ...input }
		});
		return created;
	});
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
		const { otherPartnerIds: _others, ...values } = input;
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
