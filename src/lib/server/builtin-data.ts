import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import type { Database, Tx } from './db/index.ts';
import {
	builtinAgencySchema,
	type ChangeContext,
	loadBuiltinAgencies,
	systemActor
} from './platform/index.ts';
import {
	builtinAlignmentSchema,
	builtinPlanSchema,
	loadBuiltinAlignments,
	loadBuiltinPlan
} from './plans/index.ts';
import {
	builtinProjectSchema,
	loadBuiltinProject,
	loadProjectsListedInPlans
} from './projects/index.ts';
import {
	builtinAgreementSchema,
	builtinCountrySchema,
	builtinPartnerSchema,
	loadBuiltinAgreements,
	loadBuiltinCountries,
	loadBuiltinPartners,
	refreshLastActivity
} from './partners/index.ts';
import { builtinEngagementSchema, loadBuiltinEngagements } from './engagements/index.ts';
import { builtinKnowledgeSchema, loadBuiltinKnowledge } from './knowledge/index.ts';
import { reindex } from './search/index.ts';
import { searchSources } from './modules.ts';

export const builtinFolder = resolve('data', 'builtin');

interface Dataset<Schema extends z.ZodType> {
	file: string;
	schema: Schema;
	load: (tx: Tx, context: ChangeContext, data: z.output<Schema>) => Promise<number>;
}

/** A data file's definition, typed by its schema where it is written and erased for the list. */
const dataset = <Schema extends z.ZodType>(definition: Dataset<Schema>) =>
	definition as unknown as Dataset<z.ZodType>;

/** The built-in data files, in the order they load: later files refer to earlier ones. */
export function datasets(folder = builtinFolder) {
	const filesIn = (subfolder: string) =>
		existsSync(join(folder, subfolder))
			? readdirSync(join(folder, subfolder))
					.filter((name) => name.endsWith('.yaml'))
					.sort()
					.map((name) => `${subfolder}/${name}`)
			: [];
	/** A single file that a test's data folder may leave out. */
	const optional = <Schema extends z.ZodType>(
		file: string,
		schema: Schema,
		load: Dataset<Schema>['load']
	) => (existsSync(join(folder, file)) ? [dataset({ file, schema, load })] : []);
	return [
		dataset({ file: 'agencies.yaml', schema: builtinAgencySchema, load: loadBuiltinAgencies }),
		...filesIn('plans').map((file) =>
			dataset({ file, schema: builtinPlanSchema, load: loadBuiltinPlan })
		),
		...(existsSync(join(folder, 'plan-alignments.yaml'))
			? [
					dataset({
						file: 'plan-alignments.yaml',
						schema: builtinAlignmentSchema,
						load: loadBuiltinAlignments
					})
				]
			: []),
		...filesIn('projects').map((file) =>
			dataset({ file, schema: builtinProjectSchema, load: loadBuiltinProject })
		),
		...optional('countries.yaml', builtinCountrySchema, loadBuiltinCountries),
		...optional('partners.yaml', builtinPartnerSchema, loadBuiltinPartners),
		...optional('agreements.yaml', builtinAgreementSchema, loadBuiltinAgreements),
		...filesIn('engagements').map((file) =>
			dataset({ file, schema: builtinEngagementSchema, load: loadBuiltinEngagements })
		),
		...filesIn('knowledge').map((file) =>
			dataset({ file, schema: builtinKnowledgeSchema, load: loadBuiltinKnowledge })
		)
	];
}

/** Records made from other built-in records once all files are in. */
const derivations = [
	{ name: 'projects listed in plans', run: loadProjectsListedInPlans },
	{ name: "partners' last activity", run: (tx: Tx) => refreshLastActivity(tx) }
];

export function readDataset<Schema extends z.ZodType>(
	definition: Dataset<Schema>,
	folder: string
): z.output<Schema> {
	const raw: unknown = parse(readFileSync(join(folder, definition.file), 'utf8'));
	const parsed = definition.schema.safeParse(raw);
	if (!parsed.success) {
		const problems = parsed.error.issues
			.slice(0, 10)
			.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
		throw new Error(`Built-in data file ${definition.file} is invalid:\n${problems.join('\n')}`);
	}
	return parsed.data;
}

/**
 * Loads every built-in data file inside the given transaction, keeping what people changed (see
 * `applyBuiltin`). Returns how many records were created or updated per file.
 */
export async function loadBuiltinDataIn(
	tx: Tx,
	folder = builtinFolder
): Promise<Record<string, number>> {
	const parsed = datasets(folder).map((definition) => ({
		definition,
		data: readDataset(definition, folder)
	}));
	const counts: Record<string, number> = {};
	for (const { definition, data } of parsed) {
		counts[definition.file] = await definition.load(tx, { actor: systemActor }, data);
	}
	for (const derivation of derivations) {
		counts[derivation.name] = await derivation.run(tx, { actor: systemActor });
	}
	// Last, in the same transaction: the search index, brought in line only when the load
	// wrote anything (every other write indexes its own record), so a start that changes
	// nothing does not read every record of a large database.
	const wroteAnything = Object.values(counts).some((n) => n > 0);
	counts['search index'] = wroteAnything ? await reindex(tx, searchSources) : 0;
	return counts;
}

/**
 * Loads every built-in data file in one transaction: all or nothing. Loading the same files again
 * changes nothing. Returns how many records were created or updated per file.
 */
export async function loadBuiltinData(
	database: Database,
	folder = builtinFolder
): Promise<Record<string, number>> {
	const counts = await database.db.transaction((tx) => loadBuiltinDataIn(tx, folder));
	if (Object.values(counts).some((n) => n > 0)) await database.checkpoint();
	return counts;
}
