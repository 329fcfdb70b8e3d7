import ExcelJS from 'exceljs';
import type { Locale } from '../../i18n/index.ts';

/** How a column's values are kept and shown. Dates are ISO strings (YYYY-MM-DD). */
export type ColumnKind = 'text' | 'date' | 'baht' | 'percent' | 'integer';
export type CellValue = string | number | null;

export interface SheetColumn {
	header: string;
	kind: ColumnKind;
	/** Width in characters; text columns are wider by default. */
	width?: number;
}

/** A table to export, its headers already in the reader's language. */
export interface Sheet {
	name: string;
	locale: Locale;
	columns: SheetColumn[];
	rows: CellValue[][];
}

export const sheetFormats = ['xlsx', 'csv'] as const;
export type SheetFormat = (typeof sheetFormats)[number];

/**
 * Dates are real dates, shown the Buddhist Era way in Thai (`15 ต.ค. 2562`: locale 041E with
 * calendar 07, which Excel and LibreOffice both read); baht grouped with two decimals.
 */
const numberFormats: Record<Locale, Record<ColumnKind, string | undefined>> = {
	th: {
		text: undefined,
		date: '[$-107041E]d mmm yyyy',
		baht: '#,##0.00',
		percent: '0.00',
		integer: '0'
	},
	en: { text: undefined, date: 'd mmm yyyy', baht: '#,##0.00', percent: '0.00', integer: '0' }
};

const defaultWidths: Record<ColumnKind, number> = {
	text: 40,
	date: 14,
	baht: 16,
	percent: 12,
	integer: 10
};

/** A sheet name Excel accepts: at most 31 characters, none of []:*?/\. */
const sheetName = (name: string) => name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);

const asDate = (iso: string) => {
	const [year, month, day] = iso.split('-').map(Number);
	return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
};

/** The sheet as an Excel workbook: a frozen, filterable header row; long text wraps. */
export async function toXlsx(sheet: Sheet): Promise<Uint8Array<ArrayBuffer>> {
	const workbook = new ExcelJS.Workbook();
	workbook.creator = 'Saphan';
	const worksheet = workbook.addWorksheet(sheetName(sheet.name), {
		views: [{ state: 'frozen', ySplit: 1 }]
	});
	worksheet.columns = sheet.columns.map((column) => ({
		header: column.header,
		width: column.width ?? defaultWidths[column.kind],
		style: {
			numFmt: numberFormats[sheet.locale][column.kind],
			alignment: { vertical: 'top', wrapText: column.kind === 'text' }
		}
	}));
	worksheet.getRow(1).font = { bold: true };
	for (const row of sheet.rows) {
		worksheet.addRow(
			row.map((value, i) =>
				sheet.columns[i]?.kind === 'date' && typeof value === 'string' ? asDate(value) : value
			)
		);
	}
	worksheet.autoFilter = {
		from: { row: 1, column: 1 },
		to: { row: 1, column: sheet.columns.length }
	};
	return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/**
 * A text cell that a spreadsheet would read as a formula (= + - @, tab, carriage return) is
 * prefixed with an apostrophe, so an exported value can never run as one.
 */
export function guardFormula(text: string): string {
	return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function csvField(value: CellValue): string {
	if (value === null) return '';
	const text = typeof value === 'number' ? String(value) : guardFormula(value);
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The sheet as CSV the way Excel reads Thai: UTF-8 with a byte-order mark, CRLF line ends, fields
 * quoted when they must be. Dates stay ISO (YYYY-MM-DD), numbers plain.
 */
export function toCsv(sheet: Sheet): string {
	const lines = [sheet.columns.map((column) => column.header), ...sheet.rows].map((row) =>
		row.map(csvField).join(',')
	);
	return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The file of a sheet in a format, with its content type. */
export async function sheetFile(sheet: Sheet, format: SheetFormat) {
	return format === 'xlsx'
		? {
				body: await toXlsx(sheet),
				contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
			}
		: { body: toCsv(sheet), contentType: 'text/csv; charset=utf-8' };
}
