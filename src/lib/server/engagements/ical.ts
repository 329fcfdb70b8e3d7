import type { EngagementRow } from './repository.ts';

/** Text escaped as RFC 5545 (3.3.11) wants it: backslash, semicolon, comma and line breaks. */
export function escapeText(text: string): string {
	return text
		.replace(/\\/g, '\\\\')
		.replace(/;/g, '\\;')
		.replace(/,/g, '\\,')
		.replace(/\r?\n/g, '\\n');
}

/** A content line folded at 75 octets (RFC 5545 3.1), never inside a UTF-8 character. */
export function foldLine(line: string): string {
	const encoder = new TextEncoder();
	const parts: string[] = [];
	let current = '';
	let size = 0;
	for (const character of line) {
		const bytes = encoder.encode(character).length;
		const limit = parts.length === 0 ? 75 : 74;
		if (size + bytes > limit) {
			parts.push(current);
			current = '';
			size = 0;
		}
		current += character;
		size += bytes;
	}
	parts.push(current);
	return parts.join('\r\n ');
}

const compactDate = (iso: string) => iso.replaceAll('-', '');

/** The day after an ISO date: an all-day event's DTEND is exclusive. */
const nextDay = (iso: string) =>
	new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

const stamp = (date: Date) =>
	date
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d{3}/, '');

/** The engagements as an iCalendar (RFC 5545) document of all-day events. */
export function engagementsCalendar(
	engagements: Pick<
		EngagementRow,
		| 'id'
		| 'titleTh'
		| 'titleEn'
		| 'startsOn'
		| 'endsOn'
		| 'venue'
		| 'city'
		| 'summaryTh'
		| 'updatedAt'
	>[],
	options: { name: string; baseUrl: string }
): string {
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//Bangkok Metropolitan Administration//Saphan//TH',
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		`X-WR-CALNAME:${escapeText(options.name)}`,
		'X-WR-TIMEZONE:Asia/Bangkok'
	];
	for (const engagement of engagements) {
		const summary = engagement.titleEn
			? `${engagement.titleTh} (${engagement.titleEn})`
			: engagement.titleTh;
		const location = [engagement.venue, engagement.city].filter(Boolean).join(', ');
		lines.push(
			'BEGIN:VEVENT',
			// The same event keeps its UID whatever address the feed is read at, so a calendar app
			// that subscribes by another host name does not see it twice.
			`UID:${engagement.id}@saphan`,
			`DTSTAMP:${stamp(engagement.updatedAt)}`,
			`DTSTART;VALUE=DATE:${compactDate(engagement.startsOn)}`,
			`DTEND;VALUE=DATE:${compactDate(nextDay(engagement.endsOn))}`,
			`SUMMARY:${escapeText(summary)}`,
			...(location ? [`LOCATION:${escapeText(location)}`] : []),
			...(engagement.summaryTh ? [`DESCRIPTION:${escapeText(engagement.summaryTh)}`] : []),
			`URL:${options.baseUrl}/engagements/${engagement.id}`,
			'END:VEVENT'
		);
	}
	lines.push('END:VCALENDAR');
	return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** How a feed is sent: iCalendar in UTF-8, shown rather than saved, never kept by a cache. */
export const calendarHeaders = {
	'content-type': 'text/calendar; charset=utf-8',
	'content-disposition': 'inline; filename="engagements.ics"',
	'cache-control': 'private, no-store'
};
