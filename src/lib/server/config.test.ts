import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './config.ts';

describe('parseConfig', () => {
	it('applies defaults for an empty environment', () => {
		const config = parseConfig({});
		expect(config.PORT).toBe(3000);
		expect(config.SAPHAN_DATA_DIR).toBe('./data');
		expect(config.DATABASE_URL).toBeUndefined();
	});

	it('treats empty values as unset', () => {
		expect(parseConfig({ DATABASE_URL: '', PORT: '' }).PORT).toBe(3000);
	});

	it('names the variable that is wrong', () => {
		expect(() => parseConfig({ PORT: 'eighty' })).toThrow(ConfigError);
		expect(() => parseConfig({ PORT: 'eighty' })).toThrow(/PORT: expected a whole number/);
		expect(() => parseConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
		expect(() => parseConfig({ SAPHAN_ADMIN_PASSWORD: 'short' })).toThrow(
			/SAPHAN_ADMIN_PASSWORD: must be at least 12/
		);
	});

	it('accepts a PostgreSQL URL', () => {
		const url = 'postgres://saphan:secret@localhost:5432/saphan';
		expect(parseConfig({ DATABASE_URL: url }).DATABASE_URL).toBe(url);
	});
});
