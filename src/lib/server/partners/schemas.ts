import { z } from 'zod';
import {
	id,
	list,
	optionalCountryCode,
	optionalDate,
	optionalMultilineText,
	optionalText,
	text,
	version
} from '../platform/index.ts';
import {
	agreementFacts,
	agreementStatuses,
	agreementTypes,
	partnerFacts,
	partnerKinds,
	partnerStatuses
} from './kinds.ts';

/** A coordinate in degrees, within `limit` either side of zero. */
const degrees = (limit: number) =>
	z.number({ error: 'validation.number' }).min(-limit).max(limit).nullable().default(null);

export const partnerInputSchema = z
	.object({
		kind: z.enum(partnerKinds),
		nameTh: text(300),
		nameEn: text(300),
		nameLocal: optionalText(300),
		/** ISO 3166-1 alpha-2; none for networks and international organisations. */
		countryCode: optionalCountryCode(),
		latitude: degrees(90),
		longitude: degrees(180),
		website: optionalText().pipe(
			z.url({ protocol: /^https?$/, error: 'validation.url' }).nullable()
		),
		descriptionTh: optionalMultilineText(5_000),
		status: z.enum(partnerStatuses).default('active'),
		/** The facts still to confirm: left out, they stay as they are; an officer clears or sets them. */
		unverified: list(z.enum(partnerFacts), partnerFacts.length).optional(),
		/** The version the change was made on: required to change a partner, unused to create one. */
		version: version().optional()
	})
	.meta({ id: 'PartnerInput' });
export type PartnerInput = z.output<typeof partnerInputSchema>;

/** A partner as the API's document shows one being recorded. */
export const partnerInputExample = {
	kind: 'city',
	nameTh: 'กรุงโซล',
	nameEn: 'Seoul',
	countryCode: 'KR',
	latitude: 37.5665,
	longitude: 126.978,
	website: 'https://english.seoul.go.kr',
	descriptionTh: 'เมืองหลวงของสาธารณรัฐเกาหลี ลงนามเป็นเมืองพี่เมืองน้องกับกรุงเทพมหานครเมื่อ พ.ศ. 2549',
	status: 'active'
} satisfies z.input<typeof partnerInputSchema>;

export const agreementInputSchema = z
	.object({
		type: z.enum(agreementTypes),
		titleTh: text(500),
		titleEn: optionalText(500),
		/** Other partners party to it besides the one it is recorded on. */
		otherPartnerIds: list(id(), 50).default([]),
		signedOn: optionalDate(),
		reviewOn: optionalDate(),
		expiresOn: optionalDate(),
		fields: list(text(200), 30).default([]),
		status: z.enum(agreementStatuses).default('in_force'),
		noteTh: optionalMultilineText(5_000),
		/** The facts still to confirm: left out, they stay as they are; an officer clears or sets them. */
		unverified: list(z.enum(agreementFacts), agreementFacts.length).optional(),
		/** The version the change was made on: required to change an agreement, unused to record one. */
		version: version().optional()
	})
	.refine((a) => !a.signedOn || !a.reviewOn || a.reviewOn >= a.signedOn, {
		error: 'validation.afterSigning',
		path: ['reviewOn']
	})
	.refine((a) => !a.signedOn || !a.expiresOn || a.expiresOn >= a.signedOn, {
		error: 'validation.afterSigning',
		path: ['expiresOn']
	})
	.meta({ id: 'AgreementInput' });
export type AgreementInput = z.output<typeof agreementInputSchema>;

/** An agreement as the API's document shows one being recorded. */
export const agreementInputExample = {
	type: 'sister_city',
	titleTh: 'ข้อตกลงการเป็นเมืองพี่เมืองน้องระหว่างกรุงเทพมหานครกับกรุงโซล',
	titleEn: 'Sister City Agreement between Bangkok and Seoul',
	signedOn: '2006-06-15',
	reviewOn: '2026-06-15',
	fields: ['การท่องเที่ยว', 'สิ่งแวดล้อม', 'การพัฒนาเมือง'],
	status: 'in_force',
	noteTh: 'ลงนามโดยผู้ว่าราชการกรุงเทพมหานครและนายกเทศมนตรีกรุงโซล'
} satisfies z.input<typeof agreementInputSchema>;

/** A contact person: work details only, and why Saphan keeps them (PDPA purpose). */
export const contactInputSchema = z
	.object({
		name: text(200),
		position: optionalText(200),
		workEmail: optionalText(320).pipe(z.email({ error: 'validation.email' }).nullable()),
		workPhone: optionalText(50),
		purpose: text(500)
	})
	.meta({ id: 'PartnerContactInput' });
export type ContactInput = z.output<typeof contactInputSchema>;
