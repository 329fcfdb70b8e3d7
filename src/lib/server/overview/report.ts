import { formatDate, formatFiscalYear, formatNumber } from '../../dates.ts';
import { type Locale, type MessageKey, type MessageParams, translate } from '../../i18n/index.ts';
import { type DocumentBlock, type DocumentModel, renderPdf } from '../documents/index.ts';
import { kpiStatuses } from '../plans/index.ts';
import { horizons, type Situation } from './overview.ts';

/** How many rows of each list fit on the one printed page. */
export const reportRows = 6;

/** The download's file name, e.g. `situation-2568-th.pdf`. */
const reportFileName = (fiscalYear: number, locale: Locale) =>
	`situation-${fiscalYear}-${locale}.pdf`;

/**
 * The executive view as a one-page situation report: the same figures, worded in its language,
 * KPIs per strategy (the page has them per tactic too) and each list cut to what fits on a page
 * (its count still whole).
 */
export function situationReport(situation: Situation, locale: Locale): DocumentModel {
	const t = (key: MessageKey, params?: MessageParams) => translate(locale, key, params);
	const local = (th: string, en: string | null | undefined) => (locale === 'en' && en ? en : th);
	const number = (value: number) => formatNumber(value, locale);
	const baht = (value: number) => formatNumber(value, locale, { fractionDigits: 2 });
	const { fiscalYear } = situation;
	const fy = formatFiscalYear(fiscalYear, locale);
	const share = formatNumber(situation.partners.aseanShare * 100, locale, { fractionDigits: 1 });
	const list = (items: string[]) =>
		items.length ? items.slice(0, reportRows).join(' · ') : t('overview.none');
	const statusColumns = kpiStatuses.map((status) => ({
		header: t(`kpiStatus.${status}`),
		width: 0.15,
		align: 'right' as const
	}));
	const blocks: DocumentBlock[] = [
		{ kind: 'heading', level: 1, text: t('overview.reportTitle', { year: fy }) },
		{ kind: 'paragraph', text: t('overview.asOf', { date: formatDate(situation.asOf, locale) }) },
		...situation.kpis.map((plan): DocumentBlock => ({
			kind: 'table',
			caption: `${t('overview.kpis')} ${plan.code} (${t('overview.thisYear')} / ${t('overview.lastYear', { year: formatFiscalYear(fiscalYear - 1, locale) })})`,
			columns: [{ header: t('overview.element'), width: 0.4 }, ...statusColumns],
			rows: plan.strategies.map((strategy) => [
				`${strategy.code} ${local(strategy.titleTh, strategy.titleEn)}`,
				...kpiStatuses.map(
					(status) => `${number(strategy.current[status])} / ${number(strategy.previous[status])}`
				)
			])
		})),
		{
			kind: 'table',
			caption: t('overview.projectsByStatus'),
			columns: [
				{ header: t('overview.status'), width: 0.4 },
				{ header: t('overview.count'), width: 0.16, align: 'right' },
				{ header: t('overview.budgetReceived'), width: 0.22, align: 'right' },
				{ header: t('overview.budgetDisbursed'), width: 0.22, align: 'right' }
			],
			rows: situation.projects.byStatus.map((row) => [
				t(`projectStatus.${row.status}`),
				number(row.projects),
				baht(row.budgetReceived),
				baht(row.budgetDisbursed)
			])
		},
		{
			kind: 'facts',
			rows: [
				{
					label: t('overview.overdueProjects'),
					value: `${number(situation.overdueReports.projects)}: ${list(
						situation.overdueReports.byAgency.map(
							(row) => `${local(row.nameTh, row.nameEn)} ${number(row.projects)}`
						)
					)}`
				},
				{
					label: t('overview.partners'),
					value: [
						list(
							situation.partners.regions
								.filter((row) => row.partners > 0)
								.map((row) => `${t(`regionGroup.${row.group}`)} ${number(row.partners)}`)
						),
						t('overview.aseanShare', { share, total: number(situation.partners.withCountry) }),
						`${t('overview.dormant')} ${number(situation.partners.dormant)}`
					].join(' · ')
				},
				{
					label: t('overview.agreements'),
					value: [
						`${t('overview.reviewDue', { days: number(horizons.agreementReviewDays) })} ${number(situation.agreements.reviewDue.length)}: ${list(
							situation.agreements.reviewDue.map((row) => local(row.titleTh, row.titleEn))
						)}`,
						`${t('overview.anniversaries')} ${number(situation.agreements.anniversaries.length)}: ${list(
							situation.agreements.anniversaries.map(
								(row) =>
									`${local(row.titleTh, row.titleEn)} (${t('overview.anniversaryYears', { years: number(row.years) })})`
							)
						)}`
					].join(' · ')
				},
				{
					label: t('overview.engagements', { days: number(horizons.engagementDays) }),
					value: `${number(situation.engagements.items.length)}: ${list(
						situation.engagements.items.map(
							(row) => `${local(row.titleTh, row.titleEn)} (${formatDate(row.startsOn, locale)})`
						)
					)}`
				},
				{
					label: t('overview.commitments'),
					value: `${t('overview.commitmentsOverdue')} ${number(situation.commitments.overdue.length)} · ${t('overview.commitmentsDue', { days: number(horizons.commitmentDays) })} ${number(situation.commitments.due.length)}`
				}
			]
		}
	];
	return {
		title: t('overview.reportTitle', { year: fy }),
		lang: locale,
		blocks,
		pageLabel: t('report.pageLabel'),
		thaiDigits: false
	};
}

/** The situation report as a PDF file, with its file name. */
export async function situationReportPdf(situation: Situation, locale: Locale) {
	return {
		body: await renderPdf(situationReport(situation, locale)),
		fileName: reportFileName(situation.fiscalYear, locale)
	};
}
