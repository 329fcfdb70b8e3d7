import type { Tx } from '../db/index.ts';
import { applyBuiltin, type ChangeContext, fieldsOf } from '../platform/index.ts';
import { partnerIdsByCode } from '../partners/index.ts';
import type { BuiltinEngagement } from './builtin-schema.ts';
import { engagementIdByCode, engagementParts, idsOfCodes } from './repository.ts';
import {
	insertEngagementRecords,
	replaceEngagementRecords,
	type EngagementDefinition
} from './write.ts';

async function idsByCode(
	tx: Tx,
	kind: 'agency' | 'agreement' | 'project',
	codes: string[],
	what: string
): Promise<Map<string, string>> {
	if (codes.length === 0) return new Map();
	const rows = await idsOfCodes(tx, kind, codes);
	const byCode = new Map(rows.map((row) => [row.code ?? '', row.id]));
	const unknown = codes.filter((code) => !byCode.has(code));
	if (unknown.length) throw new Error(`unknown ${what}: ${unknown.join(', ')}`);
	return byCode;
}

const lookup = (map: Map<string, string>, code: string) => map.get(code) ?? '';

/**
 * Loads the engagements of one file. An engagement already loaded (by code) takes the file's
 * corrections to its details, participants and outcomes where no one changed them; its
 * committees and commitments are the office's to keep from then on.
 */
export async function loadBuiltinEngagements(
	tx: Tx,
	context: ChangeContext,
	list: BuiltinEngagement[]
): Promise<number> {
	let changes = 0;
	for (const engagement of list) {
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
		const agencyIds = await idsByCode(tx, 'agency', [...new Set(agencyCodes)], 'agencies');
		const agreementIds = await idsByCode(
			tx,
			'agreement',
			engagement.outcomes.flatMap((o) => (o.agreement ? [o.agreement] : [])),
			'agreements'
		);
		const projectIds = await idsByCode(
			tx,
			'project',
			engagement.commitments.flatMap((c) => (c.project ? [c.project] : [])),
			'projects'
		);
		const definition: EngagementDefinition = {
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
		};
		const existing = await engagementIdByCode(tx, engagement.code);
		const before = existing ? await engagementParts(tx, existing.id) : undefined;
		const stored = before && {
			values: {
				...fieldsOf(definition.values, before.engagement),
				participants: before.participants,
				outcomes: before.outcomes.map(({ id: _id, ...outcome }) => outcome)
			}
		};
		const { written } = await applyBuiltin(tx, context, {
			kind: 'engagement',
			key: engagement.code,
			label: engagement.titleTh,
			file: {
				...definition.values,
				participants: definition.participants,
				outcomes: definition.outcomes
			},
			stored:
				before && stored
					? { id: before.engagement.id, values: stored.values, version: before.engagement.version }
					: null,
			insert: async () => (await insertEngagementRecords(tx, definition)).id,
			update: async (_id, { participants, outcomes, ...fields }) => {
				if (!before || !stored) return;
				const {
					participants: storedParticipants,
					outcomes: storedOutcomes,
					...values
				} = stored.values;
				await replaceEngagementRecords(
					tx,
					before,
					{ ...values, ...fields },
					{
						participants: participants ?? storedParticipants,
						outcomes: outcomes ?? storedOutcomes
					}
				);
			}
		});
		if (written) changes++;
	}
	return changes;
}
