import type { AgreementRow, CountryRow, PartnerRow } from './repository.ts';

export function presentCountry(country: CountryRow | null) {
	return country
		? {
				code: country.code,
				nameTh: country.nameTh,
				nameEn: country.nameEn,
				regionGroup: country.regionGroup
			}
		: null;
}

export function presentPartner(
	partner: PartnerRow & { country: CountryRow | null; lastActivityOn: string | null },
	dormant: boolean
) {
	return {
		id: partner.id,
		code: partner.code,
		kind: partner.kind,
		nameTh: partner.nameTh,
		nameEn: partner.nameEn,
		nameLocal: partner.nameLocal,
		countryCode: partner.countryCode,
		country: presentCountry(partner.country),
		latitude: partner.latitude,
		longitude: partner.longitude,
		website: partner.website,
		descriptionTh: partner.descriptionTh,
		status: partner.status,
		unverified: partner.unverified,
		lastActivityOn: partner.lastActivityOn,
		lastActivityPrecision: partner.lastActivityPrecision,
		/** No agreement, engagement or project within the configured number of years. */
		dormant,
		version: partner.version
	};
}

export function presentAgreement(agreement: AgreementRow) {
	return {
		id: agreement.id,
		code: agreement.code,
		type: agreement.type,
		titleTh: agreement.titleTh,
		titleEn: agreement.titleEn,
		signedOn: agreement.signedOn,
		/** "year" when only the year of signing is known: show the year alone. */
		signedPrecision: agreement.signedPrecision,
		reviewOn: agreement.reviewOn,
		expiresOn: agreement.expiresOn,
		fields: agreement.fields,
		status: agreement.status,
		noteTh: agreement.noteTh,
		unverified: agreement.unverified,
		version: agreement.version
	};
}
