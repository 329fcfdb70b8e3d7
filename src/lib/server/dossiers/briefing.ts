import { z } from 'zod';
import { signedDate } from '../../components/signed-date.ts';
import { formatDate, formatFiscalYear } from '../../dates.ts';
import { translate, type Locale, type MessageKey, type MessageParams } from '../../i18n/index.ts';
import {
	clipText,
	type DocumentBlock,
	type DocumentModel,
	type TextLanguage
} from '../documents/index.ts';
import { isOverdue } from '../engagements/index.ts';
import type { PartnerBriefingRecords } from './briefing-records.ts';
import { localNameLanguage } from './local-language.ts';
import type { PartnerDossier } from './partner-dossier.ts';

/** How much of each list the briefing keeps, so that it prints on one or two pages. */
const briefingRows = 4;
/** What is presented or agreed at one engagement: as many of each, each cut to so many characters. */
const recordsPerEngagement = 2;
/** How many characters of a title, of what was presented or agreed, of a description it keeps. */
const lengths = { title: 100, record: 120, description: 250 } as const;

/** How the briefing is asked for: `?lang=th|en` (default: the reader's language). */
export const briefingQuerySchema = z
	.object({ lang: z.enum(['th', 'en']).optional() })
	.meta({ id: 'PartnerBriefingQuery' });

/** The download's file name, e.g. `P-0001-briefing-th.pdf`. */
export function briefingFileName(dossier: PartnerDossier, locale: Locale): string {
	return `${dossier.partner.code ?? dossier.partner.id}-briefing-${locale}.pdf`;
}

/**
 * The executive briefing on a partner, most recent first and every list cut short, for one or two
 * printed pages: what it is and its agreements, the engagements to come, what each side presented
 * and agreed at the latest past ones, the open commitments with their status, the projects linked
 * to it, and its contact persons when the reader may see them. The HTML briefing and the PDF are
 * both this model, so they always say the same.
 */
export function partnerBriefing(
	briefing: PartnerBriefingRecords,
	options: { locale: Locale; dormantYears: number }
): DocumentModel {
	const { locale } = options;
	const { dossier, today } = briefing;
	const t = (key: MessageKey, params?: MessageParams) => translate(locale, key, params);
	const local = (th: string, en: string | null | undefined) => (locale === 'en' && en ? en : th);
	const title = (th: string, en: string | null | undefined) =>
		clipText(local(th, en), lengths.title);
	const { partner } = dossier;
	const flagged = (fact: (typeof partner.unverified)[number]) =>
		partner.unverified.includes(fact) ? ` (${t('fact.unverified')})` : '';
	const name = local(partner.nameTh, partner.nameEn);
	const other = locale === 'th' ? 'en' : 'th';
	const date = (iso: string) => formatDate(iso, locale);
	const thaiIn = locale === 'th' ? undefined : ('th' as const);

	const facts: { label: string; value: string; lang?: TextLanguage }[] = [
		{
			label: t('partners.kind'),
			value: t(`partnerKind.${partner.kind}` as MessageKey) + flagged('kind')
		},
		{
			label: locale === 'th' ? t('partners.nameEn') : t('partners.nameTh'),
			value:
				(locale === 'th' ? partner.nameEn : partner.nameTh) +
				flagged(other === 'en' ? 'nameEn' : 'nameTh'),
			lang: other
		},
		...(partner.nameLocal
			? [
					{
						label: t('partners.nameLocal'),
						value: partner.nameLocal,
						lang: localNameLanguage(partner.countryCode)
					}
				]
			: []),
		{
			label: t('partners.country'),
			value: partner.country
				? `${local(partner.country.nameTh, partner.country.nameEn)} (${t(`regionGroup.${partner.country.regionGroup}` as MessageKey)})`
				: t('regionGroup.none')
		},
		{
			label: t('partners.status'),
			value: t(`partnerStatus.${partner.status}` as MessageKey)
		},
		{
			label: t('partners.lastActivity'),
			value:
				(partner.lastActivityOn
					? formatDate(partner.lastActivityOn, locale, { precision: partner.lastActivityPrecision })
					: t('partners.noActivity')) +
				(dossier.dormant ? ` (${t('partners.dormantFlag', { years: options.dormantYears })})` : '')
		},
		...(partner.website ? [{ label: t('partners.website'), value: partner.website }] : []),
		...(partner.descriptionTh
			? [
					{
						label: t('partners.description'),
						value: clipText(partner.descriptionTh, lengths.description),
						lang: thaiIn
					}
				]
			: [])
	];

	const heading = (level: 2 | 3, text: string): DocumentBlock => ({ kind: 'heading', level, text });
	/** A list in small print cut to `briefingRows`, saying how many more the partner page has. */
	const section = <Row>(
		title: MessageKey,
		rows: Row[],
		item: (row: Row) => string,
		none?: MessageKey
	): DocumentBlock[] => {
		if (!rows.length)
			return none ? [heading(2, t(title)), { kind: 'paragraph', text: t(none) }] : [];
		return [
			heading(2, t(title)),
			{ kind: 'list', items: rows.slice(0, briefingRows).map(item), small: true },
			...more(rows.length - briefingRows)
		];
	};
	const more = (count: number): DocumentBlock[] =>
		count > 0 ? [{ kind: 'paragraph', text: t('briefing.more', { count }), small: true }] : [];
	const engagementLine = (engagement: PartnerDossier['engagements'][number]) =>
		`${date(engagement.startsOn)} — ${title(engagement.titleTh, engagement.titleEn)}`;

	const pastEngagements: DocumentBlock[] = briefing.briefed.length
		? [
				heading(2, t('briefing.pastEngagements')),
				...briefing.briefed.flatMap(({ engagement, presentations, outcomes }): DocumentBlock[] => {
					const said = [
						...outcomes.slice(0, recordsPerEngagement).map((outcome) => {
							const agreed = clipText(local(outcome.titleTh, outcome.titleEn), lengths.record);
							return `${t(`outcomeKind.${outcome.kind}` as MessageKey)}: ${agreed}`;
						}),
						...presentations.slice(0, recordsPerEngagement).map((presentation) =>
							t('briefing.presented', {
								presenter: local(presentation.presenterTh, presentation.presenterEn),
								text: clipText(presentation.presentationTh, lengths.record)
							})
						)
					];
					return [
						heading(3, engagementLine(engagement)),
						said.length
							? { kind: 'list', items: said, small: true }
							: { kind: 'paragraph', text: t('briefing.nothingRecorded'), small: true }
					];
				}),
				...more(briefing.earlier)
			]
		: [
				heading(2, t('briefing.pastEngagements')),
				{ kind: 'paragraph', text: t('briefing.noPastEngagements') }
			];

	return {
		title: `${t('briefing.title')}: ${name}`,
		lang: locale,
		pageLabel: t('report.pageLabel'),
		thaiDigits: false,
		blocks: [
			{
				kind: 'paragraph',
				text: `${t('briefing.title')} · ${t('briefing.preparedOn', { date: date(today) })}`,
				small: true
			},
			{ kind: 'heading', level: 1, text: name },
			{ kind: 'facts', rows: facts },
			...section(
				'briefing.upcomingEngagements',
				briefing.upcoming,
				engagementLine,
				'briefing.noUpcomingEngagements'
			),
			...section(
				'agreements.title',
				dossier.agreements,
				(agreement) =>
					`${title(agreement.titleTh, agreement.titleEn)} (${[
						t(`agreementType.${agreement.type}` as MessageKey),
						signedDate(agreement, locale) ?? '—',
						...(agreement.unverified.length ? [t('fact.unverified')] : [])
					].join(', ')})`,
				'agreements.none'
			),
			...pastEngagements,
			...section(
				'partners.openCommitments',
				dossier.openCommitments,
				(commitment) =>
					`${title(commitment.titleTh, commitment.titleEn)} (${[
						t(`commitmentStatus.${commitment.status}` as MessageKey),
						...(commitment.dueOn
							? [
									t('briefing.dueOn', { date: date(commitment.dueOn) }) +
										(isOverdue(commitment, today) ? ` — ${t('briefing.overdue')}` : '')
								]
							: [])
					].join(', ')}) — ${clipText(
						commitment.agencies.map((agency) => local(agency.nameTh, agency.nameEn)).join(', '),
						lengths.title
					)}`,
				'partners.noOpenCommitments'
			),
			...section(
				'partners.projects',
				dossier.projects,
				(project) =>
					`${project.code ? `${project.code} ` : ''}${title(project.titleTh, project.titleEn)} (${formatFiscalYear(project.fiscalYear, locale)}, ${t(`projectStatus.${project.status}` as MessageKey)})`
			),
			...(briefing.contacts
				? section(
						'contacts.title',
						briefing.contacts,
						(contact) =>
							clipText(
								`${[contact.name, contact.position].filter(Boolean).join(', ')} — ${contact.purpose}`,
								lengths.record
							),
						'contacts.none'
					)
				: [])
		]
	};
}
