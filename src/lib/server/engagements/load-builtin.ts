import { eq, inArray } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import type { ChangeContext } from '../platform/actor.ts';
import { recordAudit } from '../platform/audit/record.ts';
import { agencies } from '../platform/schema.ts';
import { partnerIdsByCode } from '../partners/load-builtin.ts';
import { agreements } from '../partners/schema.ts';
import { projects } from '../projects/schema.ts';
import type { BuiltinEngagement } from './builtin-schema.ts';
import { insertEngagementRecords } from './write.ts';
import { engagements } from './schema.ts';

async function idsByCode(
	tx: Tx,
	table: typeof agencies | typeof agreements | typeof projects,
	codes: string[],
	what: string
): Promise<Map<string, string>> {
	if (codes.length === 0) return new Map();
	const rows = await tx
		.select({ id: table.id, code: table.code })
		.from(table)
		.where(inArray(table.code, codes));
	const byCode = new Map(rows.map((row) => [row.code ?? '', row.id]));
	const unknown = codes.filter((code) => !byCode.has(code));
	if (unknown.length) throw new Error(`unknown ${what}: ${unknown.join(', ')}`);
	return byCode;
}

const lookup = (map: Map<string, string>, code: string) => map.get(code) ?? '';

/**
 * Loads the engagements of one file. An engagement already loaded (by code) is left as it is:
 * from then on its commitments' progress is the office's to record.
 */
export async function loadBuiltinEngagements(
	tx: Tx,
	context: ChangeContext,
	list: BuiltinEngagement[]
): Promise<number> {
	let changes = 0;
	for (const engagement of list) {
		const [existing] = await tx
			.select({ id: engagements.id })
			.from(engagements)
			.where(eq(engagements.code, engagement.code));
		if (existing) continue;
		const partnerCodes = [
			...(engagement.host ? [engagement.host] : []),
			...engagement.participants.flatMap((p) => (p.partner ? [p.partner] : [])),
			...engagement.commitments.flatMap((c) => c.partners)
		];
		const agencyCodes = [
			...(engagement.organisingAgency ? [engagement.organisingAgency] : []),
			...engagement.participants.flatMap((p) => (p.agency ? [p.agency] : [])),
			...engagement.commitments.flatMap((c) => c.agencies),
			...engagement.committees.flatMap((c) =>
				c.members.flatMap((m) => (m.agency ? [m.agency] : []))
			)
		];
		const partnerIds = await partnerIdsByCode(tx, [...new Set(partnerCodes)]);
		const agencyIds = await idsByCode(tx, agencies, [...new Set(agencyCodes)], 'agencies');
		const agreementIds = await idsByCode(
			tx,
			agreements,
			engagement.outcomes.flatMap((o) => (o.agreement ? [o.agreement] : [])),
			'agreements'
		);
		const projectIds = await idsByCode(
			tx,
			projects,
			engagement.commitments.flatMap((c) => (c.project ? [c.project] : [])),
			'projects'
		);
		const record = await insertEngagementRecords(tx, {
			values: {
				code: engagement.code,
				kind: engagement.kind,
				titleTh: engagement.titleTh,
				titleEn: engagement.titleEn ?? null,
				startsOn: engagement.startsOn,
				endsOn: engagement.endsOn,
				venue: engagement.venue ?? null,
				city: engagement.city ?? null,
				countryCode: engagement.country ?? null,
				hostPartnerId: engagement.host ? lookup(partnerIds, engagement.host) : null,
				organisingAgencyId: engagement.organisingAgency
					? lookup(agencyIds, engagement.organisingAgency)
					: null,
				themeTh: engagement.themeTh ?? null,
				topics: engagement.topics,
				summaryTh: engagement.summaryTh ?? null
			},
			participants: engagement.participants.map((p) => ({
				partnerId: p.partner ? lookup(partnerIds, p.partner) : null,
				agencyId: p.agency ? lookup(agencyIds, p.agency) : null,
				headcount: p.headcount ?? null,
				presentationTh: p.presentationTh ?? null
			})),
			outcomes: engagement.outcomes.map((o) => ({
				kind: o.kind,
				titleTh: o.titleTh,
				titleEn: o.titleEn ?? null,
				descriptionTh: o.descriptionTh ?? null,
				agreementId: o.agreement ? lookup(agreementIds, o.agreement) : null
			})),
			committees: engagement.committees.map((c) => ({
				orderNumber: c.orderNumber,
				orderDate: c.orderDate,
				titleTh: c.titleTh,
				mandateTh: c.mandateTh,
				members: c.members.map((m) => ({
					agencyId: m.agency ? lookup(agencyIds, m.agency) : null,
					roleTh: m.roleTh ?? null
				}))
			})),
			commitments: engagement.commitments.map((c) => ({
				titleTh: c.titleTh,
				titleEn: c.titleEn ?? null,
				descriptionTh: c.descriptionTh ?? null,
				scope: c.scope,
				dueOn: c.dueOn ?? null,
				status: c.status,
				projectId: c.project ? lookup(projectIds, c.project) : null,
				committeeOrder: c.committee ?? null,
				agencyIds: c.agencies.map((a) => lookup(agencyIds, a)),
				partnerIds: c.partners.map((p) => lookup(partnerIds, p))
			}))
		});
		await recordAudit(tx, context, {
			action: 'create',
			entityType: 'engagement',
			entityId: record.id,
			after: { ...record.audited }
		});
		changes++;
	}
	return changes;
}
