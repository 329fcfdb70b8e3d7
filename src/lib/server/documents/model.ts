import type { Locale } from '../../i18n/index.ts';

/** A column of a document table: its share of the text width and how its cells align. */
export interface DocumentColumn {
	header: string;
	/** Share of the text width; the shares of a table's columns add up to 1. */
	width: number;
	align?: 'left' | 'right' | 'center';
}

/**
 * The language of text other than the document's: a BCP 47 tag, 'th' or 'en', or e.g. 'ja' for a
 * name written in Japanese. The HTML marks it; the PDF draws its Han characters in its font.
 */
export type TextLanguage = string;

/**
 * What a document is made of, already worded and formatted in its language. The same blocks are
 * printed as HTML (the print pages) and drawn as PDF, so the two always say the same.
 */
export type DocumentBlock =
	| { kind: 'heading'; level: 1 | 2 | 3; text: string }
	/** Text in another language than the document's carries its own. */
	| { kind: 'paragraph'; text: string; lang?: TextLanguage; small?: boolean }
	| { kind: 'list'; items: string[]; lang?: TextLanguage; small?: boolean }
	| { kind: 'facts'; rows: { label: string; value: string; lang?: TextLanguage }[] }
	| { kind: 'table'; caption: string; columns: DocumentColumn[]; rows: string[][] };

/** A whole document: plain data, so that a page can print it too. */
export interface DocumentModel {
	title: string;
	lang: Locale;
	blocks: DocumentBlock[];
	/** The page footer, e.g. "หน้า {page} จาก {pages}". */
	pageLabel: string;
	/** Page numbers in Thai digits. */
	thaiDigits: boolean;
}
