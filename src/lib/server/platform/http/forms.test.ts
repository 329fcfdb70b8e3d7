import { describe, expect, it } from 'vitest';
import { formList, formText } from './forms.ts';

function formOf(entries: [string, string | Blob][]): FormData {
	const form = new FormData();
	for (const [name, value] of entries) form.append(name, value);
	return form;
}

describe('formText', () => {
	it('reads a text field as posted', () => {
		expect(formText(formOf([['name', ' สมชาย ']]), 'name')).toBe(' สมชาย ');
	});

	it('reads an absent field or a file as empty', () => {
		expect(formText(formOf([]), 'name')).toBe('');
		expect(formText(formOf([['name', new Blob(['x'])]]), 'name')).toBe('');
	});
});

describe('formList', () => {
	it('reads every value of a repeated field in order, leaving files out', () => {
		const form = formOf([
			['roles', 'admin'],
			['roles', new Blob(['x'])],
			['roles', 'viewer']
		]);
		expect(formList(form, 'roles')).toEqual(['admin', 'viewer']);
		expect(formList(form, 'agencyIds')).toEqual([]);
	});
});
