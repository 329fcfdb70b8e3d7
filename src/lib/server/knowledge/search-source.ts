import { asc, eq, inArray } from 'drizzle-orm';
import { circularScope } from '../platform/index.ts';
import { both, lines, rowSource, type SearchSource } from '../search/index.ts';
import { circularPractices, circularRecipients, circulars, practices } from './schema.ts';

export const practiceSource = rowSource({
	type: 'practice',
	readAction: 'knowledge.read',
	table: practices,
	document: (row) => ({
		title: lines(row.titleTh, row.titleEn).replace('\n', ' · '),
		body: lines(
			both(row.sourceName, row.sourceNameEn),
			row.country,
			row.summaryTh,
			...row.actions,
			row.measureText,
			...row.themes
		),
		url: `/knowledge/practices/${row.id}`
	})
});

/** A circular is found by whoever may read it: its recipients and the office-wide roles. */
export const circularSource: SearchSource = {
	type: 'circular',
	readAction: 'knowledge.read',
	agencyScope: circularScope,
	records: circulars.id,
	async documents(executor, ids) {
		const rows = await executor
			.select()
			.from(circulars)
			.where(inArray(circulars.id, [...ids]));
		const recipients = rows.length
			? await executor
					.select({
						circularId: circularRecipients.circularId,
						agencyId: circularRecipients.agencyId
					})
					.from(circularRecipients)
					.where(
						inArray(
							circularRecipients.circularId,
							rows.map((row) => row.id)
						)
					)
			: [];
		const carried = rows.length
			? await executor
					.select({ circularId: circularPractices.circularId, title: practices.titleTh })
					.from(circularPractices)
					.innerJoin(practices, eq(practices.id, circularPractices.practiceId))
					.where(
						inArray(
							circularPractices.circularId,
							rows.map((row) => row.id)
						)
					)
					.orderBy(asc(circularPractices.position))
			: [];
		return rows.map((row) => ({
			recordId: row.id,
			title: `${row.documentNumber} ${row.subject}`,
			body: lines(
				row.fromText,
				row.toText,
				row.body,
				row.signedBy,
				row.signedPosition,
				...row.minutes.map((minute) => lines(minute.note, minute.name, minute.position)),
				...carried.filter((c) => c.circularId === row.id).map((c) => c.title)
			),
			url: `/knowledge/circulars/${row.id}`,
			agencyIds: recipients.filter((r) => r.circularId === row.id).map((r) => r.agencyId)
		}));
	}
};
