import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../schema.ts';

/** The kinds of record a file may be attached to. */
export const attachmentOwnerTypes = ['kpi_result', 'agreement', 'circular'] as const;
export type AttachmentOwnerType = (typeof attachmentOwnerTypes)[number];

/**
 * A file attached to a record. The bytes live on disk under `<SAPHAN_DATA_DIR>/files`, named by
 * the row's id; the row holds what the file is and who gave it.
 */
export const attachments = pgTable(
	'attachments',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		ownerType: text('owner_type', { enum: attachmentOwnerTypes }).notNull(),
		ownerId: uuid('owner_id').notNull(),
		fileName: text('file_name').notNull(),
		contentType: text('content_type').notNull(),
		sizeBytes: integer('size_bytes').notNull(),
		sha256: text('sha256').notNull(),
		uploadedBy: uuid('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [index('attachments_owner_idx').on(table.ownerType, table.ownerId)]
);
