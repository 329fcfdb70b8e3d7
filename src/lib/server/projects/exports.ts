import { todayIso } from '../../dates.ts';
import { translate, type Locale, type MessageKey } from '../../i18n/index.ts';
import type { Executor } from '../db/index.ts';
import type { Sheet, SheetFormat } from '../documents/index.ts';
import { type AgencyScope, AppError } from '../platform/index.ts';
import { listProjects, projectDetail, type ProjectFilter } from './repository.ts';

/** The most projects one export holds; a narrower filter gives the rest. */
export const registerExportLimit = 20_000;

/** The register as filtered, every page of it, as a sheet in the reader's language. */
export async function registerSheet(
	executor: Executor,
	filter: ProjectFilter,
	locale: Locale
): Promise<Sheet> {
	const t = (key: MessageKey) => translate(locale, key);
	const { items } = await listProjects(executor, {
		...filter,
		page: 1,
		pageSize: registerExportLimit
	});
	const name = (agency: { nameTh: string; nameEn: string | null }) =>
		locale === 'en' && agency.nameEn ? agency.nameEn : agency.nameTh;
	return {
		name: t('export.registerSheet'),
		locale,
		columns: [
			{ header: t('projects.code'), kind: 'text', width: 16 },
			{ header: t('projects.projectTitle'), kind: 'text', width: 60 },
			{ header: t('export.titleEn'), kind: 'text', width: 50 },
			{ header: t('plans.fiscalYear'), kind: 'integer' },
			{ header: t('projects.leadAgency'), kind: 'text' },
			{ header: t('projects.status'), kind: 'text', width: 20 },
			{ header: t('projects.new'), kind: 'text', width: 12 },
			{ header: t('projects.startDate'), kind: 'date' },
			{ header: t('projects.endDate'), kind: 'date' },
			{ header: t('projects.budgetReceived'), kind: 'baht' },
			{ header: t('projects.budgetSpent'), kind: 'baht' },
			{ header: t('projects.latestPercent'), kind: 'percent' },
			{ header: t('export.lastReportedOn'), kind: 'date' }
		],
		rows: items.map((project) => [
			project.code,
			project.titleTh,
			project.titleEn,
			project.fiscalYear,
			project.leadAgencies.map(name).join(', '),
			t(`projectStatus.${project.status}`),
			project.isNew ? t('projects.yes') : t('projects.no'),
			project.startDate,
			project.endDate,
			project.budgetReceived,
			project.budgetSpent,
			project.latestReport?.percentDone ?? null,
			project.latestReport?.reportedOn ?? null
		])
	};
}

/**
 * A project's progress reports the reader may read, each with where it is in its review: the working list,
 * where the official report holds the approved ones only.
 */
export async function progressReportsSheet(
	executor: Executor,
	projectId: string,
	/** The reader's `unsubmittedScope`. */
	unsubmitted: AgencyScope,
	locale: Locale
) {
	const t = (key: MessageKey) => translate(locale, key);
	const detail = await projectDetail(executor, projectId, unsubmitted);
	if (!detail) throw new AppError('not_found');
	const yesNo = (value: boolean | null) =>
		value === null ? null : t(value ? 'projects.yes' : 'projects.no');
	const sheet: Sheet = {
		name: t('export.reportsSheet'),
		locale,
		columns: [
			{ header: t('projects.sequence'), kind: 'integer' },
			{ header: t('projects.reportedOn'), kind: 'date' },
			{ header: t('projects.statusText'), kind: 'text', width: 80 },
			{ header: t('projects.percentDone'), kind: 'percent' },
			{ header: t('projects.budgetDisbursed'), kind: 'baht' },
			{ header: t('projects.cumulativeDisbursed'), kind: 'baht' },
			{ header: t('projects.onPlan'), kind: 'text', width: 14 },
			{ header: t('projects.onTarget'), kind: 'text', width: 14 },
			{ header: t('projects.reportStatus'), kind: 'text', width: 20 },
			{ header: t('field.state'), kind: 'text', width: 20 },
			{ header: t('field.reportedBy'), kind: 'text', width: 24 }
		],
		rows: detail.reports.map((report) => [
			report.sequence,
			report.reportedOn,
			report.statusText,
			report.percentDone,
			report.budgetDisbursed,
			report.cumulativeDisbursed,
			yesNo(report.onPlan),
			yesNo(report.onTarget),
			report.projectStatus ? t(`projectStatus.${report.projectStatus}`) : null,
			t(`progressReportState.${report.state}`),
			report.reportedBy
		])
	};
	return { sheet, fileStem: `${detail.project.code ?? detail.project.id}-progress-reports` };
}

/** The register export's file name, e.g. `projects-2569-11-25.xlsx` (the day in BE). */
export function registerFileName(format: SheetFormat): string {
	const [year, month, day] = todayIso().split('-');
	return `projects-${Number(year) + 543}-${month}-${day}.${format}`;
}
