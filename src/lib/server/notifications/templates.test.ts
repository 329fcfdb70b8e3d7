import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { notificationKinds } from './kinds.ts';
import { linkTo, noticeSubject, renderDigest, renderNotice } from './templates.ts';

const links = { publicUrl: 'https://saphan.example.go.th' };
const returned = {
	kind: 'review.returned' as const,
	path: '/projects/p1#report-2',
	facts: { record: 'progressReport', title: 'โครงการเมืองน่าอยู่', comment: 'โปรดแก้งบประมาณ' },
	recipientName: 'สมชาย'
};

describe('notification e-mail', () => {
	it('tells a returned report in Thai with the comment and a link to the record', () => {
		const mail = renderNotice('th', returned, links);
		expect(mail.subject).toBe('ส่งกลับแก้ไข: รายงานความก้าวหน้า โครงการเมืองน่าอยู่');
		expect(mail.text).toContain('เรียน สมชาย');
		expect(mail.text).toContain('โปรดแก้งบประมาณ');
		expect(mail.text).toContain('https://saphan.example.go.th/projects/p1#report-2');
		expect(mail.html).toContain('href="https://saphan.example.go.th/projects/p1#report-2"');
		expect(mail.html).toContain('<html lang="th">');
	});

	it('tells it in English to an English reader, with dates written the English way', () => {
		const mail = renderNotice(
			'en',
			{
				kind: 'reminder.dueSoon',
				path: '/projects/p1',
				facts: { record: 'kpiResult', title: 'Green areas', dueOn: '2026-12-31' },
				recipientName: 'Ann'
			},
			links
		);
		expect(mail.subject).toBe('Due soon: KPI result Green areas');
		expect(mail.text).toContain('is due on 31 December 2026.');
	});

	it('has a subject and a sentence for every kind in both languages, blank where a fact is missing', () => {
		for (const kind of notificationKinds) {
			for (const locale of ['th', 'en'] as const) {
				const mail = renderNotice(
					locale,
					{ kind, path: '/', facts: {}, recipientName: 'x' },
					links
				);
				expect(mail.subject).not.toMatch(/\{|notification\./);
				expect(mail.text).not.toMatch(/\{\w+\}/);
			}
		}
	});

	it('escapes whatever people typed in the HTML and keeps it as typed in the text', () => {
		fc.assert(
			fc.property(fc.string(), fc.string(), fc.string(), (title, comment, name) => {
				const mail = renderNotice(
					'en',
					{ ...returned, facts: { record: 'kpiResult', title, comment }, recipientName: name },
					links
				);
				const withoutOurTags = mail.html.replace(
					/<\/?(!doctype html|html[^>]*|head|meta charset="utf-8"|title|body[^>]*|p[^>]*|br|strong|a|a href="[^"<>]*")>/g,
					''
				);
				expect(withoutOurTags).not.toMatch(/[<>]/);
				expect(mail.text).toContain(title);
			})
		);
	});

	it('lists a digest with one link per notification', () => {
		const mail = renderDigest(
			'en',
			'Ann',
			[returned, { ...returned, kind: 'review.approved' }],
			links
		);
		expect(mail.subject).toBe('Your daily digest (2 notifications)');
		expect(mail.html.match(/<li>/g)).toHaveLength(2);
		expect(noticeSubject('en', 'review.approved', returned.facts)).toBe(
			'Approved: progress report โครงการเมืองน่าอยู่'
		);
	});

	it('links under the public address whatever slashes the path starts with', () => {
		expect(linkTo('https://a.example/', 'x/y')).toBe('https://a.example/x/y');
		expect(linkTo('https://a.example', '//evil.example/y')).toBe(
			'https://a.example/evil.example/y'
		);
	});
});
