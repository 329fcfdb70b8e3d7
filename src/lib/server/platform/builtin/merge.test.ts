import { describe, expect, it } from 'vitest';
import { mergeFields } from './merge.ts';

describe('merging a built-in record with its file', () => {
	it('takes a correction to a field no one changed', () => {
		expect(mergeFields({ name: 'New' }, { name: 'Old' }, { name: 'Old' }, {})).toEqual({
			changes: { name: 'New' },
			applied: { name: 'New' },
			pending: {}
		});
	});

	it("keeps a person's value when the file did not change", () => {
		expect(mergeFields({ name: 'File' }, { name: 'Person' }, { name: 'File' }, {})).toEqual({
			changes: {},
			applied: { name: 'File' },
			pending: {}
		});
	});

	it("lists a field both changed, keeping the person's value", () => {
		const merged = mergeFields({ name: 'File 2' }, { name: 'Person' }, { name: 'File 1' }, {});
		expect(merged.changes).toEqual({});
		expect(merged.pending).toEqual({ name: { person: 'Person', file: 'File 2' } });
	});

	it('without a baseline, records equal fields as applied and lists the others', () => {
		const merged = mergeFields({ a: 1, b: [1, 2] }, { a: 1, b: [2, 1] }, null, {});
		expect(merged).toEqual({
			changes: {},
			applied: { a: 1 },
			pending: { b: { person: [2, 1], file: [1, 2] } }
		});
	});

	it('drops a listed field once the person and the file agree again', () => {
		const pending = { name: { person: 'Person', file: 'File 2' } };
		expect(mergeFields({ name: 'Same' }, { name: 'Same' }, { name: 'File 1' }, pending)).toEqual({
			changes: {},
			applied: { name: 'Same' },
			pending: {}
		});
	});

	it('treats a missing value as null on every side', () => {
		expect(mergeFields({ note: undefined }, { note: null }, {}, {}).pending).toEqual({});
	});
});
