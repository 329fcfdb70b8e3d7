import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alertKinds } from './kinds.ts';
import { alertDismissalInputSchema, alertQuerySchema } from './schemas.ts';

describe('what the alerts read from a caller', () => {
	it('takes as a dismissal only a known kind with a record id and a real date', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (key, on) => {
				const parsed = alertDismissalInputSchema.safeParse({ key, on });
				if (!parsed.success) return;
				const [kind, id] = parsed.data.key.split(':');
				expect(alertKinds).toContain(kind);
				expect(id).toMatch(/^[0-9a-f-]{36}$/);
				expect(Number.isNaN(Date.parse(parsed.data.on))).toBe(false);
			})
		);
		const key = `${alertKinds[0]}:0b6f3c1e-5d0a-4a8e-9c47-2f1d8e6b9a10`;
		expect(alertDismissalInputSchema.safeParse({ key, on: '2026-07-10' }).success).toBe(true);
	});

	it('reads any query string to a window of 0 to 366 days, or refuses it', () => {
		fc.assert(
			fc.property(
				fc.dictionary(fc.constantFrom('kind', 'agency', 'within', 'other'), fc.string()),
				(query) => {
					const parsed = alertQuerySchema.safeParse(query);
					if (!parsed.success) return;
					expect(parsed.data.within).toBeGreaterThanOrEqual(0);
					expect(parsed.data.within).toBeLessThanOrEqual(366);
					if (parsed.data.kind) expect(alertKinds).toContain(parsed.data.kind);
				}
			)
		);
		expect(alertQuerySchema.parse({}).within).toBe(90);
	});
});
