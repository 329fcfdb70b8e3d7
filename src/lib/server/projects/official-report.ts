import { z } from 'zod';
import { formatDate, formatNumber, todayIso, toThaiDigits } from '../../dates.ts';
import { translate, type Locale, type MessageKey, type MessageParams } from '../../i18n/index.ts';
import type { DocumentBlock, DocumentModel } from '../documents/index.ts';
import type { projectDetail } from './repository.ts';

type Detail = NonNullable<Awaited<ReturnType<typeof projectDetail>>>;

/** How the official report is asked for: `?lang=th|en&digits=thai`. */
export const officialReportQuerySchema = z
	.object({
		lang: z.enum(['th', 'en']).optional(),
		digits: z.enum(['thai', 'arabic']).optional()
	})
	.meta({ id: 'OfficialReportQuery' });
export type OfficialReportQuery = z.output<typeof officialReportQuerySchema>;

export interface OfficialReportOptions {
	locale: Locale;
	thaiDigits: boolean;
	/** The day it is printed (ISO), for the line under the certification. */
	printedOn?: string;
}

/** The language and digits a query asks for; the reader's language when it names none. */
export function officialReportOptions(
	query: OfficialReportQuery,
	locale: Locale
): OfficialReportOptions {
	return { locale: query.lang ?? locale, thaiDigits: query.digits === 'thai' };
}

/** The download's file name, e.g. `04160000-3949-progress-report-th.pdf`. */
export function officialReportFileName(detail: Detail, options: OfficialReportOptions): string {
	const digits = options.thaiDigits ? '-thai-digits' : '';
	return `${detail.project.code ?? detail.project.id}-progress-report-${options.locale}${digits}.pdf`;
}

/**
 * The official progress report (seed 002's form): sections 1.1 to 1.6 and the table of reports
 * with their on-plan and on-target columns, worded in Thai or English. Only approved reports are
 * on it: the form is the record the agency certifies, and a draft or a report under review may
 * still change. The text the form carries only in Thai stays Thai in the English version.
 */
export function officialReport(detail: Detail, options: OfficialReportOptions): DocumentModel {
	const { locale, thaiDigits } = options;
	const { project } = detail;
	const t = (key: MessageKey, params?: MessageParams) => translate(locale, key, params);
	const digits = (text: string) => (thaiDigits ? toThaiDigits(text) : text);
	const heading = (key: MessageKey) => digits(t(key));
	const number = (value: number, fractionDigits?: number) =>
		formatNumber(value, locale, { thaiDigits, fractionDigits });
	const date = (iso: string | null, style: 'long' | 'short' = 'long') =>
		iso
			? formatDate(iso, locale, {
					thaiDigits,
					style: locale === 'en' && style === 'short' ? 'medium' : style
				})
			: t('report.none');
	const baht = (value: number) => t('report.baht', { amount: number(value, 2) });
	const thaiIn = locale === 'th' ? undefined : ('th' as const);
	const agencyName = (agency: Detail['agencies'][number]) =>
		locale === 'en' && agency.nameEn ? agency.nameEn : agency.nameTh;
	const agencies = (role: 'lead' | 'supporting') =>
		detail.agencies
			.filter((agency) => agency.role === role)
			.map(agencyName)
			.join(', ') || t('report.none');
	const or = (text: string | null) => text || t('report.none');

	const title = locale === 'en' && project.titleEn ? project.titleEn : project.titleTh;
	const titles: { label: string; value: string; lang?: Locale }[] =
		locale === 'en'
			? [
					{ label: t('report.projectTitle'), value: title },
					{ label: t('report.otherTitle'), value: project.titleTh, lang: 'th' }
				]
			: [
					{ label: t('report.projectTitle'), value: title },
					...(project.titleEn
						? [{ label: t('report.otherTitle'), value: project.titleEn, lang: 'en' as const }]
						: [])
				];
	const person = project.responsiblePerson
		? project.responsiblePhone
			? t('report.extension', {
					name: project.responsiblePerson,
					number: digits(project.responsiblePhone)
				})
			: project.responsiblePerson
		: t('report.none');
	const coordinator = project.coordinator
		? project.coordinatorRole && locale === 'en'
			? `${project.coordinator} (${project.coordinatorRole})`
			: project.coordinator
		: t('report.none');

	const approved = detail.reports.filter((report) => report.state === 'approved');
	const pending = detail.reports.length - approved.length;
	const mark = (value: boolean | null, yes: MessageKey, no: MessageKey) =>
		value === null ? '' : t(value ? yes : no);
	const reportRows = approved.map((report) => {
		const sequence = number(report.sequence);
		const lines = [
			date(report.reportedOn, 'short'),
			report.statusText,
			report.percentDone === null
				? null
				: t('report.percentLine', { percent: number(report.percentDone, 2) }),
			report.budgetDisbursed === null
				? null
				: t('report.budgetLine', { sequence, amount: number(report.budgetDisbursed, 2) }),
			report.projectStatus
				? t('report.statusLine', { status: t(`projectStatus.${report.projectStatus}`) })
				: null
		];
		return [
			t('report.reportNumber', { sequence }),
			lines.filter((line): line is string => Boolean(line)).join('\n'),
			mark(report.onPlan, 'report.onPlan', 'report.notOnPlan'),
			mark(report.onTarget, 'report.onTarget', 'report.notOnTarget')
		];
	});

	const blocks: DocumentBlock[] = [
		{ kind: 'heading', level: 1, text: t('report.formTitle') },
		...(locale === 'en'
			? [{ kind: 'paragraph' as const, text: t('report.thaiText'), small: true }]
			: []),
		{ kind: 'heading', level: 2, text: heading('report.part1') },
		{ kind: 'heading', level: 3, text: heading('report.s11') },
		{
			kind: 'facts',
			rows: [
				...titles,
				{ label: t('report.code'), value: or(project.code) },
				{ label: t('report.fiscalYear'), value: digits(String(project.fiscalYear)) },
				{ label: t('report.startDate'), value: date(project.startDate) },
				{ label: t('report.endDate'), value: date(project.endDate) },
				{ label: t('report.budgetReceived'), value: baht(project.budgetReceived) },
				{ label: t('report.budgetSpent'), value: baht(project.budgetSpent) },
				{ label: t('report.status'), value: t(`projectStatus.${project.status}`) }
			]
		},
		{ kind: 'heading', level: 3, text: heading('report.s12') },
		{
			kind: 'facts',
			rows: [
				{
					label: t('report.responsibleUnit'),
					value: or(project.responsibleUnitText),
					lang: thaiIn
				},
				{ label: t('report.leadAgency'), value: agencies('lead') },
				{ label: t('report.supportingAgencies'), value: agencies('supporting') },
				{ label: t('report.responsiblePerson'), value: person, lang: thaiIn },
				{
					label:
						locale === 'th' && project.coordinatorRole
							? project.coordinatorRole
							: t('report.coordinator'),
					value: coordinator,
					lang: thaiIn
				}
			]
		},
		{ kind: 'heading', level: 3, text: heading('report.s13') },
		{ kind: 'paragraph', text: or(project.rationaleTh), lang: thaiIn },
		{ kind: 'heading', level: 3, text: heading('report.s14') },
		project.objectives.length
			? { kind: 'list', items: project.objectives, lang: thaiIn }
			: { kind: 'paragraph', text: t('report.none') },
		{ kind: 'heading', level: 3, text: heading('report.s15') },
		{ kind: 'paragraph', text: or(project.targetsTh), lang: thaiIn },
		{ kind: 'heading', level: 3, text: heading('report.s16') },
		...(detail.alignment.length
			? detail.alignment.map((link): DocumentBlock => ({
					kind: 'facts',
					rows: [
						{
							label: t('report.plan'),
							value: locale === 'en' && link.planTitleEn ? link.planTitleEn : link.planTitleTh
						},
						{
							label: t('report.element'),
							value:
								`${t(`elementKind.${link.elementKind}` as MessageKey)} ${link.elementCode ?? ''} ${locale === 'en' && link.elementTitleEn ? link.elementTitleEn : link.elementTitleTh}`.replace(
									/\s+/g,
									' '
								)
						},
						...(link.kpiTitleTh
							? [
									{
										label: t('report.kpi'),
										value:
											`${link.kpiCode ?? ''} ${locale === 'en' && link.kpiTitleEn ? link.kpiTitleEn : link.kpiTitleTh}`.trim()
									}
								]
							: []),
						...(link.noteTh
							? [{ label: t('report.asOnForm'), value: link.noteTh, lang: thaiIn }]
							: [])
					]
				}))
			: [{ kind: 'paragraph' as const, text: t('report.none') }]),
		{ kind: 'heading', level: 2, text: heading('report.part2') },
		approved.length
			? {
					kind: 'table',
					caption: t('report.reportsCaption', { count: number(approved.length) }),
					columns: [
						{ header: t('report.colReport'), width: 0.18 },
						{ header: t('report.colProgress'), width: 0.52 },
						{ header: t('report.colOnPlan'), width: 0.15 },
						{ header: t('report.colOnTarget'), width: 0.15 }
					],
					rows: reportRows
				}
			: { kind: 'paragraph', text: t('report.noReports') },
		...(pending
			? [
					{
						kind: 'paragraph' as const,
						text: t('report.pending', { count: number(pending) }),
						small: true
					}
				]
			: []),
		{ kind: 'paragraph', text: t('report.certify') },
		{ kind: 'paragraph', text: t('report.signature') },
		{ kind: 'paragraph', text: t('report.position') },
		{
			kind: 'paragraph',
			text: t('report.printedOn', { date: date(options.printedOn ?? todayIso()) }),
			small: true
		}
	];
	return {
		title: `${project.code ? `${project.code} ` : ''}${title}`,
		lang: locale,
		blocks,
		pageLabel: t('report.pageLabel'),
		thaiDigits
	};
}
