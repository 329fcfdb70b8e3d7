/** The documents module's entry: what other modules and the routes may use. */

export { fileResponse, pageQuery } from './http.ts';
export { clipText } from './line-breaking.ts';
export type { DocumentBlock, DocumentModel, TextLanguage } from './model.ts';
export { renderPdf } from './pdf.ts';
export { type Sheet, type SheetFormat, sheetFile, sheetFormats } from './spreadsheet.ts';
