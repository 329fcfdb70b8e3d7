import type { FileOwner } from '../platform/index.ts';
import { agreements } from './schema.ts';

/** An agreement's documents (the signed text, letters): the IAO attaches and removes them. */
export const agreementDocuments: FileOwner = {
	type: 'agreement',
	manage: 'partner.manage',
	records: agreements.id
};
