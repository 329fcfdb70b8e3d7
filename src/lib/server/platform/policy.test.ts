import { describe, expect, it } from 'vitest';
import type { Actor } from './actor.ts';
import { AppError } from './errors.ts';
import {
	actsForAgency,
	authorize,
	can,
	canReadCircular,
	canReadWork,
	circularScope,
	inScope,
	reviewsOwnSubmission,
	unsubmittedScope
} from './policy.ts';

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

	it('lets a circular be read by the office, executives and its recipients only', () => {
		const sentToA1 = { recipientAgencyIds: ['a1'] };
		for (const roles of [['admin'], ['iao_officer'], ['executive']] as const) {
			expect(canReadCircular(actor([...roles]), sentToA1)).toBe(true);
			expect(circularScope(actor([...roles]))).toBe('every');
		}
		for (const role of ['agency_reporter', 'viewer'] as const) {
			expect(canReadCircular(actor([role], ['a1']), sentToA1)).toBe(true);
			expect(canReadCircular(actor([role], ['a2']), sentToA1)).toBe(false);
		}
		expect(canReadCircular(actor(['viewer']), { recipientAgencyIds: [] })).toBe(false);
	});

	it('shows unsubmitted work to its own reporters and the office, submitted work to all', () => {
		const work = (state: 'draft' | 'returned' | 'submitted' | 'approved') => ({
			state,
			agencyIds: ['a1']
		});
		for (const state of ['draft', 'returned'] as const) {
			expect(canReadWork(actor(['agency_reporter'], ['a1']), work(state))).toBe(true);
			expect(canReadWork(actor(['iao_officer']), work(state))).toBe(true);
			expect(canReadWork(actor(['admin']), work(state))).toBe(true);
			expect(canReadWork(actor(['agency_reporter'], ['a2']), work(state))).toBe(false);
			expect(canReadWork(actor(['viewer'], ['a1']), work(state))).toBe(false);
			expect(canReadWork(actor(['executive']), work(state))).toBe(false);
		}
		for (const state of ['submitted', 'approved'] as const) {
			expect(canReadWork(actor(['viewer']), work(state))).toBe(true);
			expect(canReadWork(actor(['executive']), work(state))).toBe(true);
		}
		expect(unsubmittedScope(actor(['viewer'], ['a1']))).toEqual([]);
		expect(inScope('every', [])).toBe(true);
		expect(inScope(['a1'], ['a2', 'a1'])).toBe(true);
	});

	it('does not let whoever submitted work review it', () => {
		const officer = actor(['iao_officer']);
		expect(reviewsOwnSubmission(officer, { submittedBy: 'u1' })).toBe(true);
		expect(reviewsOwnSubmission(officer, { submittedBy: 'u2' })).toBe(false);
		expect(reviewsOwnSubmission(officer, { submittedBy: null })).toBe(false);
		expect(reviewsOwnSubmission({ ...officer, id: null }, { submittedBy: null })).toBe(false);
	});
});
