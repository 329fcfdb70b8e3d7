import { eq, inArray } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import type { ChangeContext } from '../platform/actor.ts';
import { recordAudit, type AuditEntityType } from '../platform/audit/record.ts';
import { sameData } from '../platform/canonical.ts';
import type { BuiltinAgreement, BuiltinCountry, BuiltinPartner } from './builtin-schema.ts';
import { agreementParties, agreements, countries, partners } from './schema.ts';

/** Ids of built-in partners by code; an unknown code stops the load, naming it. */
export async function partnerIdsByCode(tx: Tx, codes: string[]): Promise<Map<string, string>> {
	if (codes.length === 0) return new Map();
	const rows = await tx
		.select({ id: partners.id, code: partners.code })
		.from(partners)
		.where(inArray(partners.code, codes));
	const byCode = new Map(rows.map((row) => [row.code ?? '', row.id]));
	const unknown = codes.filter((code) => !byCode.has(code));
	if (unknown.length) throw new Error(`unknown partners: ${unknown.join(', ')}`);
	return byCode;
}

/** Inserts a record or updates it when its values differ, auditing either; returns 1 when written. */
async function upsert<Values extends Record<string, unknown>>(
	tx: Tx,
	context: ChangeContext,
	entityType: AuditEntityType,
	stored: { id: string; values: Values } | null,
	values: Values,
	write: (id: string | null) => Promise<string>
): Promise<number> {
	if (stored && sameData(stored.values, values)) return 0;
	const id = await write(stored?.id ?? null);
	await recordAudit(tx, context, {
		action: stored ? 'update' : 'create',
		entityType,
		entityId: id,
		before: stored?.values ?? null,
		after: values
	});
	return 1;
}

export async function loadBuiltinCountries(
	tx: Tx,
	context: ChangeContext,
	list: BuiltinCountry[]
): Promise<number> {
	const existing = new Map((await tx.select().from(countries)).map((row) => [row.code, row]));
	let changes = 0;
	for (const country of list) {
		const values = {
			code: country.code,
			nameTh: country.nameTh,
			nameEn: country.nameEn,
			region: country.region,
			regionGroup: country.group
		};
		const row = existing.get(country.code);
		changes += await upsert(
			tx,
			context,
			'country',
			row ? { id: row.code, values: { ...row } } : null,
			values,
			async (id) => {
				if (id) await tx.update(countries).set(values).where(eq(countries.code, id));
				else await tx.insert(countries).values(values);
				return country.code;
			}
		);
	}
	return changes;
}

export async function loadBuiltinPartners(
	tx: Tx,
	context: ChangeContext,
	list: BuiltinPartner[]
): Promise<number> {
	let changes = 0;
	for (const partner of list) {
		const values = {
			code: partner.code,
			kind: partner.kind,
			nameTh: partner.nameTh,
			nameEn: partner.nameEn,
			nameLocal: partner.nameLocal ?? null,
			countryCode: partner.country ?? null,
			latitude: partner.lat ?? null,
			longitude: partner.lon ?? null,
			website: partner.website ?? null,
			descriptionTh: partner.descriptionTh ?? null,
			status: partner.status,
			unverified: partner.unverified
		};
		const [row] = await tx.select().from(partners).where(eq(partners.code, partner.code));
		const stored = row
			? {
					id: row.id,
					values: Object.fromEntries(
						Object.keys(values).map((key) => [key, row[key as keyof typeof row]])
					) as typeof values
				}
			: null;
		changes += await upsert(tx, context, 'partner', stored, values, async (id) => {
			if (id) {
				await tx
					.update(partners)
					.set({ ...values, updatedAt: new Date() })
					.where(eq(partners.id, id));
				return id;
			}
			const [created] = await tx.insert(partners).values(values).returning({ id: partners.id });
			if (!created) throw new Error(`could not insert partner ${partner.code}`);
			return created.id;
		});
	}
	return changes;
}

export async function loadBuiltinAgreements(
	tx: Tx,
	context: ChangeContext,
	list: BuiltinAgreement[]
): Promise<number> {
	const partyIds = await partnerIdsByCode(tx, [...new Set(list.flatMap((a) => a.parties))]);
	let changes = 0;
	for (const agreement of list) {
		const values = {
			code: agreement.code,
			type: agreement.type,
			titleTh: agreement.titleTh,
			titleEn: agreement.titleEn ?? null,
			signedOn:
				agreement.signedOn ?? (agreement.signedYear ? `${agreement.signedYear}-01-01` : null),
			signedPrecision: agreement.signedYear ? ('year' as const) : ('day' as const),
			reviewOn: agreement.reviewOn ?? null,
			expiresOn: agreement.expiresOn ?? null,
			fields: agreement.fields,
			status: agreement.status,
			noteTh: agreement.noteTh ?? null,
			unverified: agreement.unverified,
			parties: agreement.parties.map((code) => partyIds.get(code) ?? '').sort()
		};
		const [row] = await tx.select().from(agreements).where(eq(agreements.code, agreement.code));
		let stored = null;
		if (row) {
			const parties = await tx
				.select({ partnerId: agreementParties.partnerId })
				.from(agreementParties)
				.where(eq(agreementParties.agreementId, row.id));
			const current = { ...row, parties: parties.map((p) => p.partnerId).sort() };
			stored = {
				id: row.id,
				values: Object.fromEntries(
					Object.keys(values).map((key) => [key, current[key as keyof typeof current]])
				) as typeof values
			};
		}
		changes += await upsert(tx, context, 'agreement', stored, values, async (id) => {
			const { parties, ...columns } = values;
			let agreementId = id;
			if (agreementId) {
				await tx
					.update(agreements)
					.set({ ...columns, updatedAt: new Date() })
					.where(eq(agreements.id, agreementId));
				await tx.delete(agreementParties).where(eq(agreementParties.agreementId, agreementId));
			} else {
				const [created] = await tx
					.insert(agreements)
					.values(columns)
					.returning({ id: agreements.id });
				if (!created) throw new Error(`could not insert agreement ${agreement.code}`);
				agreementId = created.id;
			}
			const owner = agreementId;
			await tx
				.insert(agreementParties)
				.values(parties.map((partnerId) => ({ agreementId: owner, partnerId })));
			return owner;
		});
	}
	return changes;
}
