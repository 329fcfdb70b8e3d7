import type { z } from 'zod';
import type { AgreementRow, ContactRow, CountryRow, PartnerRow } from './repository.ts';
import type {
	agreementSchema,
	countrySchema,
	partnerContactSchema,
	partnerSchema
} from './responses.ts';

export function presentCountry(country: CountryRow | null): z.input<typeof countrySchema> | null {
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
): z.input<typeof partnerSchema> {
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
		dormant,
		version: partner.version
	};
}

export function presentAgreement(agreement: AgreementRow): z.input<typeof agreementSchema> {
	return {
		id: agreement.id,
		code: agreement.code,
		type: agreement.type,
		titleTh: agreement.titleTh,
		titleEn: agreement.titleEn,
		signedOn: agreement.signedOn,
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

/** A contact person: their work details and purpose only (decision 0008). */
export function presentContact(contact: ContactRow): z.input<typeof partnerContactSchema> {
	return {
		id: contact.id,
		name: contact.name,
		position: contact.position,
		workEmail: contact.workEmail,
		workPhone: contact.workPhone,
		purpose: contact.purpose
	};
}
