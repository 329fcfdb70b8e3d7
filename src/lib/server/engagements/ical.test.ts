import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { engagementsCalendar, foldLine } from './ical.ts';

const engagement = {
	id: '7d0c1a52-7a8e-4c1b-9d2f-2b3c4d5e6f70',
	titleTh: 'การประชุมผู้นำเมืองหลวงของประเทศสมาชิกอาเซียน ครั้งที่ 7 (MGMAC 2019)',
	titleEn: 'The 7th Meeting of Governors/Mayors of ASEAN Capitals; Bangkok, 2019',
	startsOn: '2019-06-26',
	endsOn: '2019-06-28',
	venue: 'โรงแรมแชงกรี-ลา, เขตบางรัก',
	city: 'กรุงเทพมหานคร',
	summaryTh: 'เวทีแลกเปลี่ยน\nบรรทัดที่สอง',
	updatedAt: new Date('2026-01-02T03:04:05Z')
};

describe('the engagements calendar', () => {
	it('is valid iCalendar that a real parser reads back, Thai text and all', () => {
		const text = engagementsCalendar([engagement], {
			name: 'Saphan',
			baseUrl: 'https://saphan.example'
		});
		expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(
			true
		);
		const calendar = new ICAL.Component(ICAL.parse(text));
		const [event] = calendar.getAllSubcomponents('vevent');
		if (!event) throw new Error('no event');
		const parsed = new ICAL.Event(event);
		expect(parsed.summary).toBe(`${engagement.titleTh} (${engagement.titleEn})`);
		expect(parsed.location).toBe('โรงแรมแชงกรี-ลา, เขตบางรัก, กรุงเทพมหานคร');
		expect(parsed.description).toBe(engagement.summaryTh);
		expect(parsed.startDate.toString()).toBe('2019-06-26');
		expect(parsed.endDate.toString()).toBe('2019-06-29');
		expect(parsed.uid).toBe(`${engagement.id}@saphan`);
		expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
	});

	it('folds long lines without splitting a Thai character', () => {
		const line = `SUMMARY:${'ก'.repeat(60)}`;
		const folded = foldLine(line);
		expect(folded.replace(/\r\n /g, '')).toBe(line);
		for (const part of folded.split('\r\n')) {
			expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
		}
	});
});
