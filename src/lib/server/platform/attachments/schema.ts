import { type SQL, sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { kpiResults } from '../../plans/schema.ts';
import { agreements } from '../../partners/schema.ts';
import { circulars } from '../../knowledge/schema.ts';
import { oneOf } from '../columns.ts';
import { users } from '../schema.ts';

/** The kinds of record a file may be attached to. */
export const attachmentOwnerTypes = ['kpi_result', 'agreement', 'circular'] as const;
export type AttachmentOwnerType = (typeof attachmentOwnerTypes)[number];

/** The owner id when the owner is of `ownerType`: a column the database can hold to its table. */
const ownerOf = (ownerType: AttachmentOwnerType): SQL =>
	sql.raw(`CASE WHEN owner_type = '${ownerType}' THEN owner_id END`);

/**
 * A file attached to a record. The bytes live on disk under `<SAPHAN_DATA_DIR>/files`, named by
 * the row's id; the row holds what the file is and who gave it. Each kind of owner has a column
 * derived from the owner, with a foreign key, so a file cannot name a record that is not there
 * and goes when its record goes.
 */
export const attachments = pgTable(
	'attachments',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		ownerType: text('owner_type', { enum: attachmentOwnerTypes }).notNull(),
		ownerId: uuid('owner_id').notNull(),
		kpiResultId: uuid('kpi_result_id')
			.generatedAlwaysAs(ownerOf('kpi_result'))
			.references(() => kpiResults.id, { onDelete: 'cascade' }),
		agreementId: uuid('agreement_id')
			.generatedAlwaysAs(ownerOf('agreement'))
			.references(() => agreements.id, { onDelete: 'cascade' }),
		circularId: uuid('circular_id')
			.generatedAlwaysAs(ownerOf('circular'))
			.references(() => circulars.id, { onDelete: 'cascade' }),
		fileName: text('file_name').notNull(),
		contentType: text('content_type').notNull(),
		sizeBytes: integer('size_bytes').notNull(),
		sha256: text('sha256').notNull(),
		uploadedBy: uuid('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		index('attachments_owner_idx').on(table.ownerType, table.ownerId),
		index('attachments_kpi_result_idx').on(table.kpiResultId),
		index('attachments_agreement_idx').on(table.agreementId),
		index('attachments_circular_idx').on(table.circularId),
		oneOf('attachments_owner_type_check', table.ownerType, attachmentOwnerTypes)
	]
);
