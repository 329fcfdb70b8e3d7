import { translate, type MessageKey } from '../../i18n/index.ts';

/** The given texts, one per line, leaving out the empty ones. */
export const lines = (...parts: (string | null | undefined | false)[]) =>
	parts.filter((part): part is string => typeof part === 'string' && part !== '').join('\n');

/** A Thai text and its English one, so either language finds it. */
export const both = (th: string, en: string | null) => (en ? `${th} · ${en}` : th);

/** A catalog label in Thai and English, so either language finds it. */
export const label = (key: MessageKey) => both(translate('th', key), translate('en', key));

/** The texts of related rows, looked up by the record each row belongs to. */
export const grouped = <T extends { key: string }>(rows: T[], text: (row: T) => string) => {
	const map = new Map<string, string[]>();
	for (const row of rows) map.set(row.key, [...(map.get(row.key) ?? []), text(row)]);
	return (key: string) => map.get(key) ?? [];
};
