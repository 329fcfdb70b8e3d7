import { describe, expect, it } from 'vitest';
import {
	pageCount,
	readRegisterQuery,
	registerLink,
	sortLink,
	withoutFields
} from './register-query.ts';

const params = (query: string) => new URLSearchParams(query);

describe('readRegisterQuery', () => {
	it('keeps what was asked and passes on only the values given', () => {
		const { values, input } = readRegisterQuery(
			params('fiscalYear=2566&agency=&q=%20&status=planned&other=x')
		);
		expect(values).toEqual({
			fiscalYear: '2566',
			agency: '',
			status: 'planned',
			element: '',
			q: ' ',
			sort: '',
			direction: '',
			page: ''
		});
		expect(input).toEqual({ fiscalYear: '2566', status: 'planned' });
	});
});

describe('withoutFields', () => {
	it('drops the fields that failed', () => {
		expect(withoutFields({ fiscalYear: 'x', status: 'planned' }, ['fiscalYear'])).toEqual({
			status: 'planned'
		});
	});
});

describe('registerLink', () => {
	it('keeps the filters, changes and removes what it is told, and drops strangers', () => {
		expect(registerLink(params('fiscalYear=2566&q=เมือง&page=2&x=1'), { page: '3' })).toBe(
			'?fiscalYear=2566&q=%E0%B9%80%E0%B8%A1%E0%B8%B7%E0%B8%AD%E0%B8%87&page=3'
		);
		expect(registerLink(params('page=2'), { page: null })).toBe('?');
	});
});

describe('sortLink', () => {
	const current = { sort: 'fiscalYear', direction: 'desc' } as const;

	it('turns the sorted column round and goes back to the first page', () => {
		expect(sortLink(params('status=planned&page=4'), 'fiscalYear', current)).toBe(
			'?status=planned&sort=fiscalYear&direction=asc'
		);
		expect(sortLink(params(''), 'title', { sort: 'title', direction: 'asc' })).toBe(
			'?sort=title&direction=desc'
		);
	});

	it('starts another column in its natural order', () => {
		expect(sortLink(params(''), 'title', current)).toBe('?sort=title&direction=asc');
		expect(sortLink(params(''), 'budget', current)).toBe('?sort=budget&direction=desc');
	});
});

describe('pageCount', () => {
	it('is at least one', () => {
		expect(pageCount(0, 50)).toBe(1);
		expect(pageCount(50, 50)).toBe(1);
		expect(pageCount(51, 50)).toBe(2);
	});
});
