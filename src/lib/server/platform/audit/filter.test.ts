import { describe, expect, it } from 'vitest';
import { periodOf, readAuditQuery } from './filter.ts';

describe('periodOf', () => {
	it('spans whole Bangkok days, the last one included', () => {
		expect(periodOf({ from: '2026-10-15', to: '2026-10-15' })).toEqual({
			since: new Date('2026-10-14T17:00:00Z'),
			until: new Date('2026-10-15T17:00:00Z')
		});
	});

	it('leaves an open end open', () => {
		expect(periodOf({ to: '2026-12-31' })).toEqual({
			since: undefined,
			until: new Date('2026-12-31T17:00:00Z')
		});
		expect(periodOf({})).toEqual({ since: undefined, until: undefined });
	});
});

describe('readAuditQuery', () => {
	it('reads Thai dates and known choices into the filter', () => {
		const query = readAuditQuery(
			new URLSearchParams({
				entityType: 'user',
				action: 'deactivate',
				actor: ' Admin ',
				from: '1/10/2569',
				to: '๑๕ ต.ค. ๒๕๖๙',
				page: '3'
			})
		);
		expect(query.filter).toEqual({
			entityType: 'user',
			action: 'deactivate',
			actor: 'admin',
			from: '2026-10-01',
			to: '2026-10-15'
		});
		expect(query.fields).toEqual({});
		expect(query.page).toBe(3);
		expect(query.values.actor).toBe(' Admin ');
	});

	it('makes an unreadable date a field error and keeps what was typed', () => {
		const query = readAuditQuery(new URLSearchParams({ from: '31/02/2569', to: 'เมื่อวาน' }));
		expect(query.fields).toEqual({ from: 'validation.date', to: 'validation.date' });
		expect(query.filter.from).toBeUndefined();
		expect(query.filter.to).toBeUndefined();
		expect(query.values).toMatchObject({ from: '31/02/2569', to: 'เมื่อวาน' });
	});

	it('ignores empty fields, unknown choices and odd page numbers', () => {
		for (const page of ['', '0', '-1', '2.5', 'abc', '99999999']) {
			const query = readAuditQuery(
				new URLSearchParams({ entityType: 'session', action: 'drop', actor: ' ', from: ' ', page })
			);
			expect(query.filter).toEqual({ entityType: undefined, action: undefined, actor: undefined });
			expect(query.fields).toEqual({});
			expect(query.page).toBe(1);
		}
	});
});
