/** How often a scheduled job runs: once an hour, a day, or a week (Monday to Sunday). */
export type Every = 'hour' | 'day' | 'week';

/** Asia/Bangkok is seven hours ahead of UTC and keeps no daylight saving time. */
const bangkokOffset = 7 * 60 * 60 * 1000;
const dayMs = 24 * 60 * 60 * 1000;

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * The key of the period an instant falls in, in Asia/Bangkok: `2026-12-08T09` for an hour,
 * `2026-12-08` for a day, and the ISO week `2026-W50` (weeks start on Monday) for a week.
 */
export function periodOf(every: Every, now: Date): string {
	const local = new Date(now.getTime() + bangkokOffset);
	const day = `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
	if (every === 'hour') return `${day}T${pad(local.getUTCHours())}`;
	if (every === 'day') return day;
	// The ISO week belongs to the year of its Thursday.
	const midnight = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate());
	const weekday = (local.getUTCDay() + 6) % 7;
	const thursday = new Date(midnight + (3 - weekday) * dayMs);
	const year = thursday.getUTCFullYear();
	const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * dayMs)) + 1;
	return `${year}-W${pad(week)}`;
}
