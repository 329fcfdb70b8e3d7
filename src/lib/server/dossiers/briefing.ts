import { z } from 'zod';
import { signedDate } from '../../components/signed-date.ts';
import { formatDate, todayIso } from '../../dates.ts';
import { translate, type Locale, type MessageKey, type MessageParams } from '../../i18n/index.ts';
import type { DocumentBlock, DocumentModel, TextLanguage } from '../documents/index.ts';
import { localNameLanguage } from './local-language.ts';
import type { PartnerDossier } from './partner-dossier.ts';

/** How much of each list fits on one printed page. */
export const briefingRows = 6;

/** How the briefing is asked for: `?lang=th|en` (default: the reader's language). */
export const briefingQuerySchema = z
	.object({ lang: z.enum(['th', 'en']).optional() })
	.meta({ id: 'PartnerBriefingQuery' });

/** The download's file name, e.g. `P-0001-briefing-th.pdf`. */
export function briefingFileName(dossier: PartnerDossier, locale: Locale): string {
	return `${dossier.partner.code ?? dossier.partner.id}-briefing-${locale}.pdf`;
}

/**
 * The one-page executive briefing on a partner: what it is, its agreements, the latest meetings
 * and visits, the open commitments and related projects, each list cut to what fits on a page.
 * The HTML briefing and the PDF are both this model, so they always say the same.
 */
export function partnerBriefing(
	dossier: PartnerDossier,
	options: { locale: Locale; dormantYears: number; preparedOn?: string }
): DocumentModel {
	const { locale } = options;
	const t = (key: MessageKey, params?: MessageParams) => translate(locale, key, params);
	const local = (th: string, en: string | null | undefined) => (locale === 'en' && en ? en : th);
	const { partner } = dossier;
	const flagged = (fact: (typeof partner.unverified)[number]) =>
		partner.unverified.includes(fact) ? ` (${t('fact.unverified')})` : '';
	const name = local(partner.nameTh, partner.nameEn);
	const other = locale === 'th' ? 'en' : 'th';

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
						value: partner.descriptionTh,
						...(locale === 'th' ? {} : { lang: 'th' as const })
					}
				]
			: [])
	];

	const section = <Row>(
		heading: MessageKey,
		rows: Row[],
		item: (row: Row) => string,
		none?: MessageKey
	): DocumentBlock[] => {
		if (!rows.length) return none ? [heading2(heading), { kind: 'paragraph', text: t(none) }] : [];
		const blocks: DocumentBlock[] = [
			heading2(heading),
			{ kind: 'list', items: rows.slice(0, briefingRows).map(item) }
		];
		if (rows.length > briefingRows)
			blocks.push({
				kind: 'paragraph',
				text: t('briefing.more', { count: rows.length - briefingRows }),
				small: true
			});
		return blocks;
	};
	const heading2 = (key: MessageKey): DocumentBlock => ({
		kind: 'heading',
		level: 2,
		text: t(key)
	});

	return {
		title: `${t('briefing.title')}: ${name}`,
		lang: locale,
		pageLabel: t('report.pageLabel'),
		thaiDigits: false,
		blocks: [
			{
				kind: 'paragraph',
				text: `${t('briefing.title')} · ${t('briefing.preparedOn', { date: formatDate(options.preparedOn ?? todayIso(), locale) })}`,
				small: true
			},
			{ kind: 'heading', level: 1, text: name },
			{ kind: 'facts', rows: facts },
			...section(
				'agreements.title',
				dossier.agreements,
				(agreement) =>
					`${local(agreement.titleTh, agreement.titleEn)} (${[
						t(`agreementType.${agreement.type}` as MessageKey),
						signedDate(agreement, locale) ?? '—',
						...(agreement.unverified.length ? [t('fact.unverified')] : [])
					].join(', ')})`,
				'agreements.none'
			),
			...section(
				'briefing.recentEngagements',
				dossier.engagements,
				(engagement) =>
					`${formatDate(engagement.startsOn, locale)} — ${local(engagement.titleTh, engagement.titleEn)}`,
				'partners.noEngagements'
			),
			...section(
				'partners.openCommitments',
				dossier.openCommitments,
				(commitment) =>
					`${local(commitment.titleTh, commitment.titleEn)} — ${commitment.agencies
						.map((agency) => local(agency.nameTh, agency.nameEn))
						.join(', ')}`,
				'partners.noOpenCommitments'
			),
			...section('partners.projects', dossier.projects, (project) =>
				local(project.titleTh, project.titleEn)
			)
		]
	};
}
