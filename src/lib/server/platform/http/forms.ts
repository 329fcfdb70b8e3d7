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
 * A page of this site to go back to, from a posted field: only a path on this site (not `//host`
 * or `/\host`, which browsers read as another site) is taken; anything else gives `fallback`.
 */
export function formReturnPath(form: FormData, name: string, fallback: string): string {
	const path = formText(form, name);
	return /^\/(?![/\\])/.test(path) ? path : fallback;
}
