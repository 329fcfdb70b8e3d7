import PDFDocument from 'pdfkit';
import { toThaiDigits } from '../../dates.ts';
import { fontFile, type FontFamily, type FontName } from './fonts.ts';
import { wrapText } from './line-breaking.ts';
import type { DocumentBlock, DocumentColumn, DocumentModel, TextLanguage } from './model.ts';
import { scriptRuns } from './script-runs.ts';

/** A4 in points, with the margins of Thai official documents: 3 cm left, 2 cm elsewhere. */
const page = { width: 595.28, height: 841.89 };
const margin = { top: 57, bottom: 57, left: 85, right: 57 };
const textWidth = page.width - margin.left - margin.right;
const bottom = page.height - margin.bottom;
const sizes = { body: 12, small: 10.5, headings: { 1: 16, 2: 13.5, 3: 12.5 } } as const;
/** Thai stacks marks above and below the line: generous leading keeps them apart. */
const leading = 1.6;
/** Sarabun's ascent in ems: every font's baseline sits where Sarabun's would. */
const ascent = 1.068;
const padding = 4;
const listIndent = 18;
const factLabelShare = 0.32;
const ink = '#000000';
const rule = '#7a7a7a';
const headerFill = '#e8e8e8';

type Align = 'left' | 'right' | 'center';

/**
 * Writes a PDF with Thai text as it must look: Sarabun embedded and shaped by fontkit (so vowels
 * and tone marks stack), lines broken at Thai word boundaries, and every line marked with its
 * ActualText so that copying or extracting the text gives the characters, not the glyphs.
 * Text in other scripts is drawn in runs, each in the font of its script, registered the first
 * time a run needs it (PDFKit embeds only the glyphs used). Pages flow by themselves; table
 * headers repeat on every page a table spans.
 */
export class PdfWriter {
	private readonly doc: PDFKit.PDFDocument;
	private readonly chunks: Buffer[] = [];
	private readonly widths = new Map<string, number>();
	private readonly registered = new Set<string>();
	private y = margin.top;

	private readonly options: Pick<DocumentModel, 'title' | 'lang' | 'pageLabel' | 'thaiDigits'>;

	constructor(options: Pick<DocumentModel, 'title' | 'lang' | 'pageLabel' | 'thaiDigits'>) {
		this.options = options;
		this.doc = new PDFDocument({
			size: 'A4',
			margins: margin,
			bufferPages: true,
			lang: options.lang === 'th' ? 'th-TH' : 'en-GB',
			displayTitle: true,
			info: { Title: options.title, Creator: 'Saphan' }
		});
		this.doc.on('data', (chunk: Buffer) => this.chunks.push(chunk));
	}

	/** Sets the font of a script run, registering it with the document the first time. */
	private use(family: FontFamily, font: FontName, size: number) {
		const name = `${family}-${font}`;
		if (!this.registered.has(name)) {
			this.doc.registerFont(name, fontFile(family, font));
			this.registered.add(name);
		}
		return this.doc.font(name).fontSize(size);
	}

	/** How wide text is, each of its script runs measured in its own font. */
	private measure(font: FontName, size: number, lang?: TextLanguage) {
		return (text: string) => {
			const key = `${font}|${size}|${lang}|${text}`;
			let width = this.widths.get(key);
			if (width === undefined) {
				width = 0;
				for (const run of scriptRuns(text, lang))
					width += this.use(run.family, font, size).widthOfString(run.text);
				this.widths.set(key, width);
			}
			return width;
		};
	}

	private wrap(text: string, font: FontName, size: number, width: number, lang?: TextLanguage) {
		return wrapText(text, width, this.measure(font, size, lang));
	}

	/** Starts a new page unless `height` still fits on this one. */
	private room(height: number) {
		if (this.y + height <= bottom) return;
		this.doc.addPage();
		this.y = margin.top;
	}

	/** Draws one line of text in a box of `width` from `x`, its top at `top`. */
	private draw(
		text: string,
		x: number,
		top: number,
		font: FontName,
		size: number,
		width = textWidth,
		align: Align = 'left',
		lang?: TextLanguage
	) {
		if (!text) return;
		const measure = this.measure(font, size, lang);
		const measured = measure(text);
		let left =
			align === 'right'
				? x + width - measured
				: align === 'center'
					? x + (width - measured) / 2
					: x;
		const baseline = top + (size * (leading - 1.3)) / 2 + size * ascent;
		this.doc.fillColor(ink);
		this.doc.markContent('Span', { actual: text });
		for (const run of scriptRuns(text, lang)) {
			this.use(run.family, font, size).text(run.text, left, baseline, {
				lineBreak: false,
				baseline: 'alphabetic'
			});
			left += measure(run.text);
		}
		this.doc.endMarkedContent();
	}

	/** Lines that flow down the page, each moving to the next page when it does not fit. */
	private flow(
		lines: string[],
		font: FontName,
		size: number,
		x = margin.left,
		width = textWidth,
		align: Align = 'left',
		lang?: TextLanguage
	) {
		const height = size * leading;
		for (const line of lines) {
			this.room(height);
			this.draw(line, x, this.y, font, size, width, align, lang);
			this.y += height;
		}
	}

	heading(text: string, level: 1 | 2 | 3) {
		const size = sizes.headings[level];
		const lines = this.wrap(text, 'bold', size, textWidth);
		this.y += level === 1 ? 0 : size * 0.6;
		// A heading never ends a page: it keeps at least one line of what follows.
		this.room(lines.length * size * leading + sizes.body * leading);
		this.flow(lines, 'bold', size, margin.left, textWidth, level === 1 ? 'center' : 'left');
		this.y += size * 0.2;
	}

	paragraph(text: string, small = false, lang?: TextLanguage) {
		const size = small ? sizes.small : sizes.body;
		const lines = this.wrap(text, 'regular', size, textWidth, lang);
		this.flow(lines, 'regular', size, margin.left, textWidth, 'left', lang);
		this.y += size * 0.4;
	}

	list(items: string[], lang?: TextLanguage, small = false) {
		const size = small ? sizes.small : sizes.body;
		const width = textWidth - listIndent;
		items.forEach((item, index) => {
			const lines = this.wrap(item, 'regular', size, width, lang);
			this.room(size * leading);
			this.draw(this.digits(`${index + 1}.`), margin.left, this.y, 'regular', size);
			this.flow(lines, 'regular', size, margin.left + listIndent, width, 'left', lang);
		});
		this.y += size * 0.4;
	}

	/** Label and value side by side, the label in bold; long values wrap beside their label. */
	facts(rows: { label: string; value: string; lang?: TextLanguage }[]) {
		const size = sizes.body;
		const height = size * leading;
		const labelWidth = textWidth * factLabelShare;
		const valueWidth = textWidth - labelWidth - padding * 2;
		for (const row of rows) {
			const labels = this.wrap(row.label, 'bold', size, labelWidth);
			const values = this.wrap(row.value, 'regular', size, valueWidth, row.lang);
			for (let i = 0; i < Math.max(labels.length, values.length); i++) {
				this.room(height);
				this.draw(labels[i] ?? '', margin.left, this.y, 'bold', size, labelWidth);
				this.draw(
					values[i] ?? '',
					margin.left + labelWidth + padding * 2,
					this.y,
					'regular',
					size,
					valueWidth,
					'left',
					row.lang
				);
				this.y += height;
			}
		}
		this.y += size * 0.4;
	}

	/**
	 * A table with wrapped cells and a header row repeated on every page. A row moves to the next
	 * page whole when it fits on one; a row longer than a page is split between pages.
	 */
	table(caption: string, columns: DocumentColumn[], rows: string[][]) {
		const size = sizes.small;
		const height = size * leading;
		const widths = columns.map((column) => column.width * textWidth);
		const cellLines = (cells: string[], font: FontName) =>
			cells.map((cell, i) => this.wrap(cell, font, size, widths[i]! - padding * 2));
		const headerLines = cellLines(
			columns.map((column) => column.header),
			'bold'
		);
		const headerHeight =
			Math.max(...headerLines.map((lines) => lines.length)) * height + padding * 2;
		const pageBody = bottom - margin.top - headerHeight;

		const drawRow = (
			lines: string[][],
			from: number,
			count: number,
			font: FontName,
			fill?: string
		) => {
			const rowHeight = count * height + padding * 2;
			let x = margin.left;
			columns.forEach((column, i) => {
				if (fill) this.doc.rect(x, this.y, widths[i]!, rowHeight).fill(fill);
				this.doc.lineWidth(0.5).strokeColor(rule).rect(x, this.y, widths[i]!, rowHeight).stroke();
				lines[i]!.slice(from, from + count).forEach((line, n) => {
					this.draw(
						line,
						x + padding,
						this.y + padding + n * height,
						font,
						size,
						widths[i]! - padding * 2,
						fill ? 'left' : (column.align ?? 'left')
					);
				});
				x += widths[i]!;
			});
			this.y += rowHeight;
		};
		const header = () =>
			drawRow(
				headerLines,
				0,
				headerLines.length ? Math.max(...headerLines.map((l) => l.length)) : 0,
				'bold',
				headerFill
			);
		const newPage = () => {
			this.doc.addPage();
			this.y = margin.top;
			header();
		};

		this.room(sizes.body * leading + headerHeight + height + padding * 2);
		this.flow([caption], 'bold', sizes.body);
		header();
		for (const row of rows) {
			const lines = cellLines(row, 'regular');
			const total = Math.max(1, ...lines.map((cell) => cell.length));
			let from = 0;
			while (from < total) {
				const fits = Math.floor((bottom - this.y - padding * 2) / height);
				const wholeFitsOnAPage = (total - from) * height + padding * 2 <= pageBody;
				if (fits < 1 || (fits < total - from && wholeFitsOnAPage && from === 0)) {
					newPage();
					continue;
				}
				const count = Math.min(fits, total - from);
				drawRow(lines, from, count, 'regular');
				from += count;
				if (from < total) newPage();
			}
		}
		this.y += sizes.body * 0.6;
	}

	private digits(text: string) {
		return this.options.thaiDigits ? toThaiDigits(text) : text;
	}

	/** Numbers the pages and gives the finished file. */
	async finish(): Promise<Uint8Array<ArrayBuffer>> {
		const { start, count } = this.doc.bufferedPageRange();
		for (let i = start; i < start + count; i++) {
			this.doc.switchToPage(i);
			const label = this.digits(
				this.options.pageLabel.replace('{page}', String(i + 1)).replace('{pages}', String(count))
			);
			this.doc.markContent('Artifact', { type: 'Pagination' });
			this.use('sarabun', 'regular', sizes.small).fillColor(ink);
			const width = this.measure('regular', sizes.small)(label);
			this.doc.text(label, margin.left + (textWidth - width) / 2, bottom + 18, {
				lineBreak: false
			});
			this.doc.endMarkedContent();
		}
		const ended = new Promise<void>((resolve, reject) => {
			this.doc.on('end', resolve);
			this.doc.on('error', reject);
		});
		this.doc.end();
		await ended;
		return new Uint8Array(Buffer.concat(this.chunks));
	}
}

/** Draws a document's blocks into a PDF. */
export async function renderPdf(model: DocumentModel): Promise<Uint8Array<ArrayBuffer>> {
	const writer = new PdfWriter(model);
	const render: {
		[Kind in DocumentBlock['kind']]: (block: Extract<DocumentBlock, { kind: Kind }>) => void;
	} = {
		heading: (block) => writer.heading(block.text, block.level),
		paragraph: (block) => writer.paragraph(block.text, block.small, block.lang),
		list: (block) => writer.list(block.items, block.lang, block.small),
		facts: (block) => writer.facts(block.rows),
		table: (block) => writer.table(block.caption, block.columns, block.rows)
	};
	for (const block of model.blocks) (render[block.kind] as (block: DocumentBlock) => void)(block);
	return writer.finish();
}
