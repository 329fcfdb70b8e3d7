import type { z } from 'zod';
import type { circularDetail } from './circulars.ts';
import type { practiceDetail, PracticeRow } from './repository.ts';
import type {
	circularDetailSchema,
	circularReceiptSchema,
	circularSchema,
	practiceDetailSchema,
	practiceSchema
} from './responses.ts';
import type { circularRecipients, circulars } from './schema.ts';

type CircularRow = typeof circulars.$inferSelect;
type CircularRecipientRow = typeof circularRecipients.$inferSelect;
type PracticeDetail = NonNullable<Awaited<ReturnType<typeof practiceDetail>>>;
type CircularDetail = NonNullable<Awaited<ReturnType<typeof circularDetail>>>;

const presentRecordKeeping = (record: PracticeRow | CircularRow) => ({
	createdBy: record.createdBy,
	version: record.version,
	createdAt: record.createdAt.toISOString(),
	updatedAt: record.updatedAt.toISOString()
});

export function presentPractice(practice: PracticeRow): z.input<typeof practiceSchema> {
	return {
		id: practice.id,
		code: practice.code,
		sourceKind: practice.sourceKind,
		sourceName: practice.sourceName,
		sourceNameEn: practice.sourceNameEn,
		partnerId: practice.partnerId,
		country: practice.country,
		region: practice.region,
		titleTh: practice.titleTh,
		titleEn: practice.titleEn,
		summaryTh: practice.summaryTh,
		actions: practice.actions,
		measureText: practice.measureText,
		measureCategories: practice.measureCategories,
		themes: practice.themes,
		sdgs: practice.sdgs,
		asOf: practice.asOf,
		sourceDocument: practice.sourceDocument,
		language: practice.language,
		...presentRecordKeeping(practice)
	};
}

export function presentPracticeDetail(
	detail: PracticeDetail
): z.input<typeof practiceDetailSchema> {
	return {
		...presentPractice(detail.practice),
		partner: detail.partner,
		carriedBy: detail.carriedBy
	};
}

export function presentCircular(circular: CircularRow): z.input<typeof circularSchema> {
	return {
		id: circular.id,
		code: circular.code,
		documentNumber: circular.documentNumber,
		issuedOn: circular.issuedOn,
		subject: circular.subject,
		fromText: circular.fromText,
		toText: circular.toText,
		body: circular.body,
		signedBy: circular.signedBy,
		signedPosition: circular.signedPosition,
		minutes: circular.minutes,
		...presentRecordKeeping(circular)
	};
}

export function presentCircularDetail(
	detail: CircularDetail
): z.input<typeof circularDetailSchema> {
	return {
		...presentCircular(detail.circular),
		practices: detail.carried,
		recipients: detail.recipients.map((recipient) => ({
			agencyId: recipient.agencyId,
			agencyNameTh: recipient.agencyNameTh,
			agencyNameEn: recipient.agencyNameEn,
			receivedAt: recipient.receivedAt.toISOString(),
			acknowledgedAt: recipient.acknowledgedAt?.toISOString() ?? null,
			adoption: recipient.adoption,
			adoptionNote: recipient.adoptionNote,
			adoptedAt: recipient.adoptedAt?.toISOString() ?? null,
			projectId: recipient.projectId,
			projectTitleTh: recipient.projectTitleTh,
			projectTitleEn: recipient.projectTitleEn
		})),
		attachments: detail.attachments
	};
}

export function presentCircularReceipt(
	recipient: CircularRecipientRow
): z.input<typeof circularReceiptSchema> {
	return {
		circularId: recipient.circularId,
		agencyId: recipient.agencyId,
		receivedAt: recipient.receivedAt.toISOString(),
		acknowledgedAt: recipient.acknowledgedAt?.toISOString() ?? null,
		acknowledgedBy: recipient.acknowledgedBy,
		adoption: recipient.adoption,
		adoptionNote: recipient.adoptionNote,
		projectId: recipient.projectId,
		adoptedAt: recipient.adoptedAt?.toISOString() ?? null
	};
}
