export interface EvidenceLink {
	label: string;
	url: string;
}

export const maxLinkRows = 50;

/** The name of one part of one evidence-link row, as posted and as its errors come back. */
export const linkField = (row: number, part: keyof EvidenceLink) => `evidenceLinks.${row}.${part}`;

/** The evidence-link rows a form offers: those given, then at least two blank ones, three rows at least. */
export function linkRows(links: readonly EvidenceLink[]): EvidenceLink[] {
	const blanks = Math.max(3 - links.length, 2);
	const rows = [...links, ...Array.from({ length: blanks }, () => ({ label: '', url: '' }))];
	return rows.slice(0, maxLinkRows);
}
