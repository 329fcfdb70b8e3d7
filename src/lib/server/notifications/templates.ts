import { formatDate } from '../../dates.ts';
import { type Locale, type MessageKey, catalogs, translate } from '../../i18n/index.ts';
import { escapeHtml } from '../platform/index.ts';
import type { NotificationKind } from './kinds.ts';

export type Facts = Record<string, string | number>;

/** One e-mail, in both forms. */
export interface Mail {
	subject: string;
	text: string;
	html: string;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The facts as the template shows them in a language: `record` names the kind of record from the
 * catalog (`progressReport`, `kpiResult`, …), ISO dates are written the Thai or English way, and
 * an English reader gets a fact's English twin when it has one (`titleEn` for `title`).
 */
function shownFacts(locale: Locale, facts: Facts): Record<string, string> {
	return Object.fromEntries(
		Object.entries(facts).map(([name, value]) => {
			const english = facts[`${name}En`];
			const text = String(locale === 'en' && english ? english : value);
			const recordKey = `notification.record.${text}`;
			if (name === 'record' && recordKey in catalogs[locale]) {
				return [name, translate(locale, recordKey as MessageKey)];
			}
			return [name, isoDate.test(text) ? formatDate(text, locale) : text];
		})
	);
}

/** A message with the facts put in; a fact it names that the notice lacks is left blank. */
function fill(locale: Locale, key: MessageKey, facts: Record<string, string>): string {
	const named = catalogs[locale][key].matchAll(/\{(\w+)\}/g);
	const blanks = Object.fromEntries([...named].map(([, name]) => [name, '']));
	return translate(locale, key, { ...blanks, ...facts }).trim();
}

/** The one line that says what a notification is about, as the app lists it and e-mail's subject. */
export function noticeSubject(locale: Locale, kind: NotificationKind, facts: Facts): string {
	return fill(locale, `notification.${kind}.subject`, shownFacts(locale, facts));
}

/** The sentence that tells it, with the reviewer's comment when there is one. */
export function noticeBody(
	locale: Locale,
	kind: NotificationKind,
	facts: Facts
): { sentence: string; comment: string | null } {
	const comment = typeof facts.comment === 'string' && facts.comment.trim() ? facts.comment : null;
	return {
		sentence: fill(locale, `notification.${kind}.body`, shownFacts(locale, facts)),
		comment
	};
}

/** Where a path of the site is on the web, for links in e-mail. */
export const linkTo = (publicUrl: string, path: string) =>
	new URL(path.replace(/^\/*/, '/'), publicUrl).href;

const paragraphs = (text: string) =>
	text
		.split(/\n/)
		.map((line) => escapeHtml(line))
		.join('<br>');

export interface MailLinks {
	/** The site's address, `SAPHAN_PUBLIC_URL`. */
	publicUrl: string;
}

/** An e-mail with its greeting and its footer (where to change what one receives), in both forms. */
function compose(
	locale: Locale,
	recipientName: string,
	subject: string,
	{ publicUrl }: MailLinks,
	body: { text: string[]; html: string[] }
): Mail {
	const greeting = translate(locale, 'mail.greeting', { name: recipientName });
	const footer = translate(locale, 'mail.footer', {
		url: linkTo(publicUrl, '/account/notifications')
	});
	const text = [greeting, '', ...body.text, '', '-- ', footer].join('\n');
	const html = [
		'<!doctype html>',
		`<html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
		'<body style="font-family: Sarabun, Tahoma, sans-serif; line-height: 1.6">',
		`<p>${escapeHtml(greeting)}</p>`,
		...body.html,
		`<p style="color: #555; font-size: 0.9em">${escapeHtml(footer)}</p>`,
		'</body></html>'
	].join('\n');
	return { subject, text, html };
}

/** The e-mail of one notification, in the recipient's language, linking to the record. */
export function renderNotice(
	locale: Locale,
	notice: { kind: NotificationKind; path: string; facts: Facts; recipientName: string },
	links: MailLinks
): Mail {
	const subject = noticeSubject(locale, notice.kind, notice.facts);
	const { sentence, comment } = noticeBody(locale, notice.kind, notice.facts);
	const link = linkTo(links.publicUrl, notice.path);
	const commentLabel = translate(locale, 'mail.comment');
	const open = translate(locale, 'mail.open');
	return compose(locale, notice.recipientName, subject, links, {
		text: [sentence, ...(comment ? ['', `${commentLabel}:`, comment] : []), '', `${open}: ${link}`],
		html: [
			`<p>${escapeHtml(sentence)}</p>`,
			...(comment
				? [`<p><strong>${escapeHtml(commentLabel)}:</strong><br>${paragraphs(comment)}</p>`]
				: []),
			`<p><a href="${escapeHtml(link)}">${escapeHtml(open)}</a></p>`
		]
	});
}

/** One e-mail carrying a user's notifications since the last digest, each with its link. */
export function renderDigest(
	locale: Locale,
	recipientName: string,
	items: readonly { kind: NotificationKind; path: string; facts: Facts }[],
	links: MailLinks
): Mail {
	const subject = translate(locale, 'mail.digest.subject', { count: items.length });
	const intro = translate(locale, 'mail.digest.intro');
	const lines = items.map((item) => ({
		subject: noticeSubject(locale, item.kind, item.facts),
		link: linkTo(links.publicUrl, item.path)
	}));
	return compose(locale, recipientName, subject, links, {
		text: [`${intro}:`, ...lines.map((line) => `- ${line.subject}\n  ${line.link}`)],
		html: [
			`<p>${escapeHtml(intro)}:</p>`,
			'<ul>',
			...lines.map(
				(line) => `<li><a href="${escapeHtml(line.link)}">${escapeHtml(line.subject)}</a></li>`
			),
			'</ul>'
		]
	});
}
