import { parseThaiDate } from '../../../dates.ts';
import type { MessageKey } from '../../../i18n/index.ts';
import {
	auditActions,
	auditEntityTypes,
	type AuditAction,
	type AuditEntityType
} from './record.ts';

export interface AuditFilter {
	entityType?: AuditEntityType;
	action?: AuditAction;
	/** The username the entry was recorded under. */
	actor?: string;
	/** Bangkok calendar days as ISO `YYYY-MM-DD`, both included. */
	from?: string;
	to?: string;
}

const day = 24 * 60 * 60 * 1000;

/** The instants a filter's days cover: Bangkok midnight of `from` up to the midnight after `to`. */
export function periodOf(filter: Pick<AuditFilter, 'from' | 'to'>): { since?: Date; until?: Date } {
	const midnight = (isoDate: string) => new Date(`${isoDate}T00:00:00+07:00`);
	return {
		since: filter.from ? midnight(filter.from) : undefined,
		until: filter.to ? new Date(midnight(filter.to).getTime() + day) : undefined
	};
}

/**
 * Reads the audit page's filter form as typed. Dates are typed the Thai way (15/10/2569); one
 * that cannot be read is a field error. Choices outside the lists are ignored.
 */
export function readAuditQuery(params: URLSearchParams) {
	const values = {
		entityType: params.get('entityType') ?? '',
		action: params.get('action') ?? '',
		actor: params.get('actor') ?? '',
		from: params.get('from') ?? '',
		to: params.get('to') ?? ''
	};
	const filter: AuditFilter = {
		entityType: auditEntityTypes.find((type) => type === values.entityType),
		action: auditActions.find((action) => action === values.action),
		actor: values.actor.trim().toLowerCase() || undefined
	};
	const fields: Partial<Record<'from' | 'to', MessageKey>> = {};
	for (const end of ['from', 'to'] as const) {
		if (!values[end].trim()) continue;
		const isoDate = parseThaiDate(values[end]);
		if (isoDate) filter[end] = isoDate;
		else fields[end] = 'validation.date';
	}
	const page = params.get('page') ?? '';
	return { values, filter, fields, page: /^[1-9]\d{0,5}$/.test(page) ? Number(page) : 1 };
}
