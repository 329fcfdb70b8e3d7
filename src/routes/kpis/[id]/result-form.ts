import {
	AppError,
	formNumber,
	formText,
	formVersion,
	parseInput
} from '#lib/server/platform/index.ts';
import { type KpiResultInput, kpiResultInputSchema } from '#lib/server/plans/index.ts';
import { renameFields } from '../../plans/field-errors.ts';
import { linkField, maxLinkRows, type EvidenceLink } from './link-rows.ts';

/** The result form as typed, to be shown again when it fails. */
export interface ResultFormValues {
	fiscalYear: string;
	value: string;
	evidenceTh: string;
	links: EvidenceLink[];
}

export function resultFormValues(form: FormData): ResultFormValues {
	const links: EvidenceLink[] = [];
	for (let row = 0; row < maxLinkRows && form.has(linkField(row, 'url')); row++) {
		links.push({
			label: formText(form, linkField(row, 'label')),
			url: formText(form, linkField(row, 'url'))
		});
	}
	return {
		fiscalYear: formText(form, 'fiscalYear'),
		value: formText(form, 'value'),
		evidenceTh: formText(form, 'evidenceTh'),
		links
	};
}

/**
 * What the result use case takes from the form. Blank link rows are left out, a link without a
 * label is labelled by its address, and `rows` remembers which row each kept link came from.
 */
export function resultInput(values: ResultFormValues, version: string) {
	const rows = values.links.flatMap((link, row) =>
		link.label.trim() || link.url.trim() ? [row] : []
	);
	return {
		rows,
		input: {
			fiscalYear: values.fiscalYear,
			// Empty is no value yet.
			value: formNumber(values.value) ?? null,
			evidenceTh: values.evidenceTh,
			evidenceLinks: rows.map((row) => {
				const link = values.links[row] ?? { label: '', url: '' };
				return { label: link.label.trim() || link.url.trim(), url: link.url.trim() };
			}),
			version: formVersion(version)
		}
	};
}

/** Points errors on kept links back at the rows the user typed them in. */
export function relinkErrors(caught: unknown, rows: readonly number[]): unknown {
	return renameFields(caught, (path) => {
		const match = /^evidenceLinks\.(\d+)\.(label|url)$/.exec(path);
		const row = match ? rows[Number(match[1])] : undefined;
		return match && row !== undefined ? linkField(row, match[2] as keyof EvidenceLink) : path;
	});
}

/** The form as the result use case takes it, or every problem with it at once. */
export function parseResultForm(values: ResultFormValues, version: string): KpiResultInput {
	const { input, rows } = resultInput(values, version);
	const notNumber = Number.isNaN(input.value);
	try {
		const parsed = parseInput(kpiResultInputSchema, {
			...input,
			value: notNumber ? null : input.value
		});
		if (!notNumber) return parsed;
		throw new AppError('validation_failed');
	} catch (caught) {
		const relinked = relinkErrors(caught, rows);
		if (!notNumber || !(relinked instanceof AppError)) throw relinked;
		throw new AppError('validation_failed', {
			fields: { value: { key: 'validation.number' }, ...relinked.fields }
		});
	}
}
