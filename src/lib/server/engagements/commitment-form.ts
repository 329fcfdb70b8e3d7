import type { EngagementDetail } from './repository.ts';
import { formDate, formList, formText } from '../platform/index.ts';

const textFields = ['titleTh', 'titleEn', 'descriptionTh', 'scope', 'dueOn', 'projectId'] as const;

/** The commitment form as typed, to show again when it is refused: nothing typed is lost. */
export type CommitmentFormValues = Record<(typeof textFields)[number], string> & {
	agencyIds: string[];
	partnerIds: string[];
};

export function commitmentFormValues(form: FormData): CommitmentFormValues {
	return {
		...(Object.fromEntries(textFields.map((name) => [name, formText(form, name)])) as Record<
			(typeof textFields)[number],
			string
		>),
		agencyIds: formList(form, 'agencyIds'),
		partnerIds: formList(form, 'partnerIds')
	};
}

/** What the commitment schemas take from the form: the due date as Thai users write it. */
export function commitmentFormInput(values: CommitmentFormValues) {
	return { ...values, dueOn: formDate(values.dueOn) };
}

/** The partners a commitment of an engagement may name: its host and those that took part. */
export function partnersOfEngagement(detail: EngagementDetail) {
	const partners = new Map(
		[
			...(detail.host ? [detail.host] : []),
			...detail.participants.flatMap((p) =>
				p.partnerId
					? [{ id: p.partnerId, nameTh: p.partnerNameTh ?? '', nameEn: p.partnerNameEn ?? '' }]
					: []
			)
		].map((partner) => [partner.id, partner])
	);
	return [...partners.values()];
}
