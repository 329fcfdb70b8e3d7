import { asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../db/index.ts';
import { isShared, unsubmittedScope } from '../platform/index.ts';
import { partners } from '../partners/schema.ts';
import { both, grouped, lines, type SearchSource } from '../search/index.ts';
import { progressReports, projectAgencies, projectPartners, projects } from './schema.ts';

export const projectSource: SearchSource = {
	type: 'project',
	readAction: 'project.read',
	records: projects.id,
	mentions: {
		partner: async (executor: Executor, partnerIds) =>
			(
				await executor
					.select({ id: projectPartners.projectId })
					.from(projectPartners)
					.where(inArray(projectPartners.partnerId, [...partnerIds]))
			).map((row) => row.id)
	},
	async documents(executor, ids) {
		const rows = await executor
			.select()
			.from(projects)
			.where(inArray(projects.id, [...ids]));
		const partnerNames = grouped(
			await executor
				.select({
					key: projectPartners.projectId,
					nameTh: partners.nameTh,
					nameEn: partners.nameEn
				})
				.from(projectPartners)
				.innerJoin(partners, eq(partners.id, projectPartners.partnerId))
				.where(inArray(projectPartners.projectId, [...ids]))
				.orderBy(asc(partners.nameTh), asc(partners.id)),
			(row) => both(row.nameTh, row.nameEn)
		);
		return rows.map((row) => ({
			recordId: row.id,
			title: both(row.titleTh, row.titleEn),
			body: lines(
				row.code,
				row.rationaleTh,
				...row.objectives,
				row.targetsTh,
				row.responsibleUnitText,
				...partnerNames(row.id),
				...row.unmatchedPartnerNames,
				...row.themes
			),
			url: `/projects/${row.id}`,
			agencyIds: null
		}));
	}
};

/** Submitted and approved reports are read by every reader; unsubmitted ones as decision 0013 says. */
export const progressReportSource: SearchSource = {
	type: 'progress_report',
	readAction: 'project.read',
	agencyScope: unsubmittedScope,
	records: progressReports.id,
	async documents(executor, ids) {
		const rows = await executor
			.select({ report: progressReports, titleTh: projects.titleTh })
			.from(progressReports)
			.innerJoin(projects, eq(projects.id, progressReports.projectId))
			.where(inArray(progressReports.id, [...ids]));
		const agencyRows = rows.length
			? await executor
					.select({ projectId: projectAgencies.projectId, agencyId: projectAgencies.agencyId })
					.from(projectAgencies)
					.where(
						inArray(projectAgencies.projectId, [...new Set(rows.map((r) => r.report.projectId))])
					)
			: [];
		return rows.map(({ report, titleTh }) => ({
			recordId: report.id,
			title: `${titleTh} — รายงานความก้าวหน้า ครั้งที่ ${report.sequence}`,
			body: lines(report.statusText, report.reportedBy, report.decreaseReason),
			url: `/projects/${report.projectId}`,
			agencyIds: isShared(report.state)
				? null
				: [
						...new Set(
							agencyRows.filter((a) => a.projectId === report.projectId).map((a) => a.agencyId)
						)
					]
		}));
	}
};
