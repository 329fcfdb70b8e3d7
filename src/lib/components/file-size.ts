import { formatNumber } from '#lib/dates.ts';
import type { Locale } from '#lib/i18n/index.ts';

const units = ['B', 'KB', 'MB', 'GB'] as const;

/** A file's size as people read it: `850 B`, `12.5 KB`, `3.2 MB` (1 KB = 1,024 bytes). */
export function formatFileSize(bytes: number, locale: Locale): string {
	let size = bytes;
	let unit = 0;
	while (size >= 1024 && unit < units.length - 1) {
		size /= 1024;
		unit++;
	}
	const digits = unit === 0 || size >= 100 ? 0 : 1;
	return `${formatNumber(Number(size.toFixed(digits)), locale)} ${units[unit]}`;
}
