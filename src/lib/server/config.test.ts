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

	it('checks the e-mail settings', () => {
		const config = parseConfig({
			SAPHAN_SMTP_URL: 'smtp://user:secret@mail.example.go.th:587',
			SAPHAN_MAIL_FROM: 'Saphan <saphan@example.go.th>',
			SAPHAN_PUBLIC_URL: 'https://saphan.example.go.th'
		});
		expect(config.SAPHAN_SMTP_URL).toBe('smtp://user:secret@mail.example.go.th:587');
		expect(parseConfig({}).SAPHAN_SMTP_URL).toBeUndefined();
		expect(() => parseConfig({ SAPHAN_SMTP_URL: 'http://mail' })).toThrow(/SAPHAN_SMTP_URL/);
		expect(() => parseConfig({ SAPHAN_PUBLIC_URL: 'saphan' })).toThrow(/SAPHAN_PUBLIC_URL/);
		expect(() => parseConfig({ SAPHAN_MAIL_FROM: 'nobody' })).toThrow(/SAPHAN_MAIL_FROM/);
		expect(() => parseConfig({ SAPHAN_MAIL_INTERVAL_MS: '1' })).toThrow(/SAPHAN_MAIL_INTERVAL_MS/);
	});
});
