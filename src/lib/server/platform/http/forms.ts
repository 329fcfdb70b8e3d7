/** A text field of a posted form: absent, or a file where text was expected, reads as empty. */
export function formText(form: FormData, name: string): string {
	const value = form.get(name);
	return typeof value === 'string' ? value : '';
}

/** Every value of a repeated field, such as a group of checkboxes. */
export function formList(form: FormData, name: string): string[] {
	return form.getAll(name).filter((value) => typeof value === 'string');
}

/** The files chosen in a file field; an input left empty sends one nameless, empty file. */
export function formFiles(form: FormData, name: string): File[] {
	return form
		.getAll(name)
		.filter(
			(value): value is File => typeof value !== 'string' && (value.size > 0 || !!value.name)
		);
}

/**
 * A path on this site to go on to, such as login's `next`: one `/` then printable ASCII without
 * backslashes (`//host` and `/\\host` are other sites to browsers, and anything else cannot be a
 * Location header); anything else gives `fallback`.
 */
export function sameSitePath(value: unknown, fallback = '/'): string {
	return typeof value === 'string' && /^\/(?![/\\])[!-[\]-~]*$/.test(value) ? value : fallback;
}

/** A page of this site to go back to, from a posted field; anything else gives `fallback`. */
export function formReturnPath(form: FormData, name: string, fallback: string): string {
	return sameSitePath(formText(form, name), fallback);
}
