import { describe, expect, it } from 'vitest';
import { AppError } from '#lib/server/platform/errors.ts';
import { linkRows } from './link-rows.ts';
import { parseResultForm, relinkErrors, resultFormValues, resultInput } from './result-form.ts';

const blank = { label: '', url: '' };

describe('linkRows', () => {
	it('offers at least three rows and two blank ones', () => {
		expect(linkRows([])).toEqual([blank, blank, blank]);
		const one = { label: 'Report', url: 'https://example.org/r' };
		expect(linkRows([one])).toEqual([one, blank, blank]);
		expect(linkRows([one, one, one])).toHaveLength(5);
	});
});

describe('resultFormValues and resultInput', () => {
	const form = new FormData();
	form.set('fiscalYear', '2568');
	form.set('value', '3');
	form.set('evidenceTh', 'ประชุมแล้ว');
	form.set('evidenceLinks.0.label', '');
	form.set('evidenceLinks.0.url', '');
	form.set('evidenceLinks.1.label', '');
	form.set('evidenceLinks.1.url', 'https://example.org/a');
	form.set('evidenceLinks.2.label', 'Minutes');
	form.set('evidenceLinks.2.url', 'not a url');

	it('reads every row as typed', () => {
		const values = resultFormValues(form);
		expect(values.fiscalYear).toBe('2568');
		expect(values.links).toEqual([
			blank,
			{ label: '', url: 'https://example.org/a' },
			{ label: 'Minutes', url: 'not a url' }
		]);
	});

	it('leaves out blank rows, labels a bare link by its address, and remembers rows', () => {
		const { input, rows } = resultInput(resultFormValues(form), '4');
		expect(rows).toEqual([1, 2]);
		expect(input).toEqual({
			fiscalYear: '2568',
			value: 3,
			evidenceTh: 'ประชุมแล้ว',
			evidenceLinks: [
				{ label: 'https://example.org/a', url: 'https://example.org/a' },
				{ label: 'Minutes', url: 'not a url' }
			],
			version: 4
		});
		expect(resultInput(resultFormValues(form), '').input.version).toBeUndefined();
	});
});

describe('relinkErrors', () => {
	it('points a kept link error back at its typed row', () => {
		const caught = new AppError('validation_failed', {
			fields: {
				'evidenceLinks.1.url': { key: 'validation.invalid' },
				value: { key: 'validation.invalid' }
			}
		});
		expect((relinkErrors(caught, [1, 2]) as AppError).fields).toEqual({
			'evidenceLinks.2.url': { key: 'validation.invalid' },
			value: { key: 'validation.invalid' }
		});
	});
});

describe('parseResultForm', () => {
	const values = (value: string, links = [{ label: '', url: 'https://example.org/a' }]) => ({
		fiscalYear: '2568',
		value,
		evidenceTh: '  ',
		links
	});

	it('gives what the use case takes', () => {
		expect(parseResultForm(values('12.5'), '')).toEqual({
			fiscalYear: 2568,
			value: 12.5,
			evidenceTh: '',
			evidenceLinks: [{ label: 'https://example.org/a', url: 'https://example.org/a' }],
			version: undefined
		});
	});

	it('says a value that is not a number is not one, with the other problems', () => {
		const failure = (() => {
			try {
				parseResultForm(values('many', [blank, { label: 'Doc', url: '' }]), '2');
			} catch (caught) {
				return caught;
			}
		})();
		expect(failure).toBeInstanceOf(AppError);
		expect((failure as AppError).fields).toEqual({
			value: { key: 'validation.number' },
			'evidenceLinks.1.url': { key: 'validation.invalid', params: {} }
		});
	});
});
