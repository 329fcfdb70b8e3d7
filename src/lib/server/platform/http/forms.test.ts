import { describe, expect, it } from 'vitest';
import { formList, formReturnPath, formText, sameSitePath } from './forms.ts';

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

describe('formReturnPath', () => {
	it('takes a path on this site, with its query and fragment', () => {
		const form = formOf([['back', '/follow-up?agency=x#commitments']]);
		expect(formReturnPath(form, 'back', '/')).toBe('/follow-up?agency=x#commitments');
	});

	it('gives the fallback for another site or nothing', () => {
		for (const back of ['//evil.example', '/\\evil.example', 'https://evil.example/', '']) {
			expect(formReturnPath(formOf([['back', back]]), 'back', '/home')).toBe('/home');
		}
	});
});

describe('sameSitePath', () => {
	it('takes a path on this site as the address carries it', () => {
		expect(sameSitePath('/projects?fiscalYear=2569&q=%E0%B8%81')).toBe(
			'/projects?fiscalYear=2569&q=%E0%B8%81'
		);
	});

	it('gives / for anything that is not a path on this site', () => {
		for (const next of [
			'//evil.example',
			'/\\evil.example',
			'/a\\b',
			'https://evil.example/',
			'javascript:alert(1)',
			'/a\u0000b',
			'/a\nLocation: x',
			'/โครงการ',
			'/\ud800',
			'',
			null,
			42
		]) {
			expect(sameSitePath(next)).toBe('/');
		}
	});
});
