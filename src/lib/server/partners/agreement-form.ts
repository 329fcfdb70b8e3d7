import { formDate, formList, formText, formVersion, parseInput } from '../platform/index.ts';
import { agreementInputSchema, type AgreementInput } from './schemas.ts';

const fields = [
	'type',
	'titleTh',
	'titleEn',
	'signedOn',
	'reviewOn',
	'expiresOn',
	'fields',
	'status'
] as const;

/** The agreement form as typed, to show again when it is refused. */
export type AgreementFormValues = Record<(typeof fields)[number], string> & {
	/** The facts an officer leaves flagged as not yet confirmed. */
	unverified: string[];
};

export const blankAgreementForm: AgreementFormValues = {
	type: 'mou',
	titleTh: '',
	titleEn: '',
	signedOn: '',
	reviewOn: '',
	expiresOn: '',
	fields: '',
	status: 'in_force',
	unverified: []
};

export function agreementFormValues(form: FormData): AgreementFormValues {
	return {
		...(Object.fromEntries(fields.map((field) => [field, formText(form, field)])) as Record<
			(typeof fields)[number],
			string
		>),
		unverified: formList(form, 'unverified')
	};
}

/** A stored agreement as its form shows it: dates as the user's language writes them. */
export function agreementFormValuesOf(
	agreement: {
		type: string;
		titleTh: string;
		titleEn: string | null;
		signedOn: string | null;
		reviewOn: string | null;
		expiresOn: string | null;
		fields: string[];
		status: string;
		unverified: string[];
	},
	dateText: (iso: string) => string
): AgreementFormValues {
	const date = (iso: string | null) => (iso ? dateText(iso) : '');
	return {
		type: agreement.type,
		titleTh: agreement.titleTh,
		titleEn: agreement.titleEn ?? '',
		signedOn: date(agreement.signedOn),
		reviewOn: date(agreement.reviewOn),
		expiresOn: date(agreement.expiresOn),
		fields: agreement.fields.join(', '),
		status: agreement.status,
		unverified: [...agreement.unverified]
	};
}

/** What the agreement use cases take from the form; fields of cooperation by comma or line. */
export function parseAgreementForm(values: AgreementFormValues, version = ''): AgreementInput {
	return parseInput(agreementInputSchema, {
		...values,
		signedOn: formDate(values.signedOn),
		reviewOn: formDate(values.reviewOn),
		expiresOn: formDate(values.expiresOn),
		fields: values.fields
			.split(/[,\n]/)
			.map((field) => field.trim())
			.filter(Boolean),
		version: formVersion(version)
	});
}
