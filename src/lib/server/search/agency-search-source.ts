import { agencies } from '../platform/schema.ts';
import { both, lines } from './document-text.ts';
import { rowSource } from './documents.ts';

export const agencySource = rowSource({
	type: 'agency',
	readAction: 'agency.read',
	table: agencies,
	document: (row) => ({
		title: both(row.nameTh, row.nameEn),
		body: lines(row.code, row.abbrTh, row.geocode),
		url: `/agencies?q=${encodeURIComponent(row.code)}`
	})
});
