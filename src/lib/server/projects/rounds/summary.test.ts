import { describe, expect, it } from 'vitest';
import type { ProjectRoundRow } from './repository.ts';
import { countsByAgency, countsOf, overdueProjects, standingOf } from './summary.ts';

const row = (overrides: Partial<ProjectRoundRow>): ProjectRoundRow => ({
	id: 'p',
	code: null,
	titleTh: 'โครงการ',
	titleEn: null,
	status: 'in_progress',
	expected: 0,
	submitted: 0,
	onTime: 0,
	...overrides
});

describe('standingOf', () => {
	it('owes every round due that no report answers', () => {
		expect(standingOf(row({ expected: 5, submitted: 3, onTime: 2 }))).toMatchObject({
			due: 5,
			late: 1,
			overdue: 2
		});
	});

	it('owes nothing after a cancelled or completed project’s last report', () => {
		expect(
			standingOf(row({ status: 'cancelled', expected: 12, submitted: 7, onTime: 7 }))
		).toMatchObject({
			due: 7,
			overdue: 0
		});
		expect(standingOf(row({ status: 'completed', expected: 3, submitted: 0 })).overdue).toBe(0);
	});

	it('does not count reports sent ahead of their round as owed', () => {
		expect(standingOf(row({ expected: 1, submitted: 1, onTime: 1 })).overdue).toBe(0);
	});
});

describe('counts', () => {
	const standings = [
		standingOf(row({ id: 'a', code: 'A', expected: 4, submitted: 1, onTime: 1 })),
		standingOf(row({ id: 'b', code: 'B', expected: 4, submitted: 4, onTime: 3 })),
		standingOf(row({ id: 'c', code: 'C', expected: 4, submitted: 2, onTime: 0 }))
	];

	it('adds up the city', () => {
		expect(countsOf(standings)).toEqual({
			projects: 3,
			due: 12,
			submitted: 7,
			onTime: 4,
			late: 3,
			overdue: 5,
			overdueProjects: 2
		});
	});

	it('counts a project under each of its lead agencies, and one without under none', () => {
		const one = { id: '1', code: '01', nameTh: 'หนึ่ง', nameEn: 'One' };
		const two = { id: '2', code: '02', nameTh: 'สอง', nameEn: 'Two' };
		const groups = countsByAgency(standings, [
			{ projectId: 'a', ...one },
			{ projectId: 'b', ...one },
			{ projectId: 'b', ...two }
		]);
		expect(groups.map((group) => [group.agency?.code ?? null, group.counts.projects])).toEqual([
			['01', 2],
			['02', 1],
			[null, 1]
		]);
	});

	it('lists the most overdue first', () => {
		expect(overdueProjects(standings).map((standing) => standing.id)).toEqual(['a', 'c']);
	});
});
