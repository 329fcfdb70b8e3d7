import { describe, expect, it } from 'vitest';
import type { Actor } from './actor.ts';
import { AppError } from './errors.ts';
import { actsForAgency, authorize, can } from './policy.ts';

const actor = (roles: Actor['roles'], agencyIds: string[] = []): Actor => ({
	id: 'u1',
	username: 'u',
	displayName: 'U',
	roles,
	agencyIds,
	locale: 'th'
});

describe('policy', () => {
	it('lets only admins manage users and read the audit trail', () => {
		expect(can(actor(['admin']), 'user.manage')).toBe(true);
		for (const role of ['iao_officer', 'agency_reporter', 'executive', 'viewer'] as const) {
			expect(can(actor([role]), 'user.manage')).toBe(false);
			expect(can(actor([role]), 'audit.read')).toBe(false);
			expect(can(actor([role]), 'agency.read')).toBe(true);
		}
	});

	it('denies everything to nobody', () => {
		expect(can(null, 'home.view')).toBe(false);
	});

	it('throws 401 without an actor and 403 for the wrong role', () => {
		expect(() => authorize(null, 'home.view')).toThrow(AppError);
		try {
			authorize(actor(['viewer']), 'user.manage');
		} catch (error) {
			expect((error as AppError).status).toBe(403);
		}
		try {
			authorize(null, 'home.view');
		} catch (error) {
			expect((error as AppError).status).toBe(401);
		}
	});

	it('scopes agency reporters to their own agencies', () => {
		const reporter = actor(['agency_reporter'], ['a1']);
		expect(actsForAgency(reporter, { agencyIds: ['a1', 'a2'] })).toBe(true);
		expect(actsForAgency(reporter, { agencyIds: ['a2'] })).toBe(false);
		expect(actsForAgency(actor(['iao_officer']), { agencyIds: ['a2'] })).toBe(true);
		expect(actsForAgency(actor(['executive']), { agencyIds: ['a2'] })).toBe(false);
	});
});
