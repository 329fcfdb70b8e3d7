import type { Tx } from '../db/index.ts';
import { applyBuiltin, type ChangeContext, fieldsOf } from '../platform/index.ts';
import type { BuiltinAgreement, BuiltinCountry, BuiltinPartner } from './builtin-schema.ts';
import {
	agreementPartyIds,
	allCountries,
	findAgreementByCode,
	findPartnerByCode,
	insertAgreement,
	insertAgreementParties,
	insertCountry,
	insertPartner,
	partnersWithCodes,
	removeAgreementParties,
	setCountryFields,
	updateBuiltinAgreement,
	updateBuiltinPartner
} from './repository.ts';

/** Ids of built-in partners by code; an unknown code stops the load, naming it. */
export async function partnerIdsByCode(tx: Tx, codes: string[]): Promise<Map<string, string>> {
	if (codes.length === 0) return new Map();
	const rows = await partnersWithCodes(tx, codes);
	const byCode = new Map(rows.map((row) => [row.code ?? '', row.id]));
	const unknown = codes.filter((code) => !byCode.has(code));
	if (unknown.length) throw new Error(`unknown partners: ${unknown.join(', ')}`);
	return byCode;
}

export async function loadBuiltinCountries(
	tx: Tx,
	context: ChangeContext,
	list: BuiltinCountry[]
): Promise<number> {
	const existing = new Map((await allCountries(tx)).map((row) => [row.code, row]));
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
		const { written } = await applyBuiltin(tx, context, {
			kind: 'country',
			key: country.code,
			label: country.nameTh,
			file: values,
			stored: row ? { id: row.code, values: { ...row } } : null,
			insert: async () => {
				await insertCountry(tx, values);
				return country.code;
			},
			update: async (code, fields) => {
				await setCountryFields(tx, code, fields);
			}
		});
		if (written) changes++;
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
		const row = await findPartnerByCode(tx, partner.code);
		const { written } = await applyBuiltin(tx, context, {
			kind: 'partner',
			key: partner.code,
			label: partner.nameTh,
			file: values,
			stored: row ? { id: row.id, values: fieldsOf(values, row), version: row.version } : null,
			insert: async () => {
				const created = await insertPartner(tx, values);
				if (!created) throw new Error(`could not insert partner ${partner.code}`);
				return created.id;
			},
			update: async (id, fields) => {
				await updateBuiltinPartner(tx, id, fields);
			}
		});
		if (written) changes++;
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
		const row = await findAgreementByCode(tx, agreement.code);
		let stored = null;
		if (row) {
			const current = { ...row, parties: (await agreementPartyIds(tx, row.id)).sort() };
			stored = { id: row.id, values: fieldsOf(values, current), version: row.version };
		}
		const writeParties = async (agreementId: string, parties: string[]) => {
			await removeAgreementParties(tx, agreementId);
			if (parties.length) await insertAgreementParties(tx, agreementId, parties);
		};
		const { written } = await applyBuiltin(tx, context, {
			kind: 'agreement',
			key: agreement.code,
			label: agreement.titleTh,
			file: values,
			stored,
			insert: async () => {
				const { parties, ...columns } = values;
				const created = await insertAgreement(tx, columns);
				if (!created) throw new Error(`could not insert agreement ${agreement.code}`);
				await writeParties(created.id, parties);
				return created.id;
			},
			update: async (id, { parties, ...columns }) => {
				await updateBuiltinAgreement(tx, id, columns);
				if (parties) await writeParties(id, parties);
			}
		});
		if (written) changes++;
	}
	return changes;
}
