import { describe, expect, it } from 'vitest';
import { tokenState } from './token-state.ts';

const now = new Date('2026-10-15T03:00:00Z');
const earlier = new Date('2026-10-01T03:00:00Z');
const later = new Date('2026-11-01T03:00:00Z');

describe('tokenState', () => {
	it('calls a token without revocation or past expiry active', () => {
		expect(tokenState({ revokedAt: null, expiresAt: null }, now)).toBe('active');
		expect(tokenState({ revokedAt: null, expiresAt: later }, now)).toBe('active');
	});

	it('calls a token expired from the moment it expires', () => {
		expect(tokenState({ revokedAt: null, expiresAt: earlier }, now)).toBe('expired');
		expect(tokenState({ revokedAt: null, expiresAt: now }, now)).toBe('expired');
	});

	it('calls a revoked token revoked, even once it has expired', () => {
		expect(tokenState({ revokedAt: earlier, expiresAt: later }, now)).toBe('revoked');
		expect(tokenState({ revokedAt: earlier, expiresAt: earlier }, now)).toBe('revoked');
	});
});
