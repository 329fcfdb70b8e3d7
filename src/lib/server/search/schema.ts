import { sql } from 'drizzle-orm';
import { customType, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * One row per searchable record, written in the transaction that writes the record. The vectors
 * are built from Saphan's own Thai-aware terms (see terms.ts), not from PostgreSQL's parser.
 */
export const searchDocuments = pgTable(
	'search_documents',
	{
		type: text('type').notNull(),
		recordId: uuid('record_id').notNull(),
		title: text('title').notNull(),
		body: text('body').notNull(),
		url: text('url').notNull(),
		/** Null: every user who may read the type; otherwise only these agencies (and the IAO). */
		agencyIds: uuid('agency_ids').array(),
		/** The title's normalised text (lower case, Arabic digits) for the trigram typo pass. */
		titleKey: text('title_key').notNull(),
		titleVector: tsvector('title_vector').notNull(),
		vector: tsvector('vector').notNull(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		primaryKey({ columns: [table.type, table.recordId] }),
		index('search_documents_vector_idx').using('gin', table.vector),
		index('search_documents_title_vector_idx').using('gin', table.titleVector),
		index('search_documents_title_key_trgm_idx').using('gin', sql`${table.titleKey} gin_trgm_ops`)
	]
);
