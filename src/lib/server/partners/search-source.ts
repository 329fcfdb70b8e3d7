import { asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../db/index.ts';
import { both, grouped, label, lines, type SearchSource } from '../search/index.ts';
import { agreementParties, agreements, countries, partners } from './schema.ts';

/** Partners are public to every reader; their contact people are personal data and never indexed. */
export const partnerSource: SearchSource = {
	type: 'partner',
	readAction: 'partner.read',
	records: partners.id,
	async documents(executor, ids) {
		const rows = await executor
			.select({ partner: partners, countryTh: countries.nameTh, countryEn: countries.nameEn })
			.from(partners)
			.leftJoin(countries, eq(countries.code, partners.countryCode))
			.where(inArray(partners.id, [...ids]));
		return rows.map(({ partner, countryTh, countryEn }) => ({
			recordId: partner.id,
			title: both(partner.nameTh, partner.nameEn),
			body: lines(
				partner.nameLocal,
				partner.code,
				label(`partnerKind.${partner.kind}`),
				countryTh && both(countryTh, countryEn),
				partner.descriptionTh
			),
			url: `/partners/${partner.id}`,
			agencyIds: null
		}));
	}
};

export const agreementSource: SearchSource = {
	type: 'agreement',
	readAction: 'partner.read',
	records: agreements.id,
	mentions: {
		partner: async (executor: Executor, partnerIds) =>
			(
				await executor
					.select({ id: agreementParties.agreementId })
					.from(agreementParties)
					.where(inArray(agreementParties.partnerId, [...partnerIds]))
			).map((row) => row.id)
	},
	async documents(executor, ids) {
		const rows = await executor
			.select()
			.from(agreements)
			.where(inArray(agreements.id, [...ids]));
		const parties = rows.length
			? await executor
					.select({
						key: agreementParties.agreementId,
						partnerId: partners.id,
						nameTh: partners.nameTh,
						nameEn: partners.nameEn
					})
					.from(agreementParties)
					.innerJoin(partners, eq(partners.id, agreementParties.partnerId))
					.where(
						inArray(
							agreementParties.agreementId,
							rows.map((row) => row.id)
						)
					)
					.orderBy(asc(partners.nameEn), asc(partners.nameTh), asc(partners.id))
			: [];
		const partiesOf = grouped(parties, (party) => both(party.nameTh, party.nameEn));
		const firstParty = new Map<string, string>();
		for (const party of parties)
			if (!firstParty.has(party.key)) firstParty.set(party.key, party.partnerId);
		return rows.map((row) => ({
			recordId: row.id,
			title: both(row.titleTh, row.titleEn),
			body: lines(
				row.code,
				label(`agreementType.${row.type}`),
				...partiesOf(row.id),
				...row.fields,
				row.noteTh
			),
			url: `/partners/${firstParty.get(row.id) ?? ''}`,
			agencyIds: null
		}));
	}
};
