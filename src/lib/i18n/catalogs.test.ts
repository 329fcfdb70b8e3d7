import { describe, expect, it } from 'vitest';
import { catalogs, negotiateLocale, translate } from './index.ts';

const placeholders = (message: string) =>
	[...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('catalogs', () => {
	it('have the same keys in Thai and English', () => {
		expect(Object.keys(catalogs.en).sort()).toEqual(Object.keys(catalogs.th).sort());
	});

	it('have no empty message and the same placeholders in both languages', () => {
		for (const key of Object.keys(catalogs.th) as (keyof typeof catalogs.th)[]) {
			expect(catalogs.th[key].trim(), key).not.toBe('');
			expect(catalogs.en[key].trim(), key).not.toBe('');
			expect(placeholders(catalogs.en[key]), key).toEqual(placeholders(catalogs.th[key]));
		}
	});
});

describe('translate', () => {
	it('fills parameters', () => {
		expect(translate('en', 'home.welcome', { name: 'Somchai' })).toBe('Welcome, Somchai');
		expect(translate('th', 'home.welcome', { name: 'สมชาย' })).toBe('ยินดีต้อนรับ สมชาย');
	});
});

describe('negotiateLocale', () => {
	it('defaults to Thai', () => {
		expect(negotiateLocale(undefined)).toBe('th');
		expect(negotiateLocale('fr-FR')).toBe('th');
	});

	it('honours order and q-values', () => {
		expect(negotiateLocale('en-US,en;q=0.9')).toBe('en');
		expect(negotiateLocale('th;q=0.5, en;q=0.8')).toBe('en');
		expect(negotiateLocale('de, th-TH;q=0.7, en;q=0.6')).toBe('th');
		expect(negotiateLocale('en;q=0')).toBe('th');
	});
});
