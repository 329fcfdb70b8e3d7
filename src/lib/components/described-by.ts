/** What aria-describedby names for a field: its hint (`<id>-hint`) and error (`<id>-error`). */
export function describedBy(
	id: string,
	notes: { hint?: string; error?: string }
): string | undefined {
	const ids = [notes.hint && `${id}-hint`, notes.error && `${id}-error`].filter(Boolean);
	return ids.length ? ids.join(' ') : undefined;
}
