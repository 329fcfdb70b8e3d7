import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import type { Database, Tx } from './db/client.ts';
import { systemActor, type ChangeContext } from './platform/actor.ts';
import { builtinAgencySchema, loadBuiltinAgencies } from './platform/agencies/load-builtin.ts';
import { builtinAlignmentSchema, builtinPlanSchema } from './plans/builtin-schema.ts';
import { loadBuiltinAlignments, loadBuiltinPlan } from './plans/load-builtin.ts';

export const builtinFolder = resolve('data', 'builtin');

interface Dataset<Schema extends z.ZodType> {
	file: string;
	schema: Schema;
	load: (tx: Tx, context: ChangeContext, data: z.output<Schema>) => Promise<number>;
}

const dataset = <Schema extends z.ZodType>(definition: Dataset<Schema>) => definition;

/** The built-in data files, in the order they load: later files refer to earlier ones. */
export function datasets(folder = builtinFolder) {
	const planFiles = existsSync(join(folder, 'plans'))
		? readdirSync(join(folder, 'plans'))
				.filter((name) => name.endsWith('.yaml'))
				.sort()
		: [];
	return [
		dataset({ file: 'agencies.yaml', schema: builtinAgencySchema, load: loadBuiltinAgencies }),
		...planFiles.map((name) =>
			dataset({ file: `plans/${name}`, schema: builtinPlanSchema, load: loadBuiltinPlan })
		),
		...(existsSync(join(folder, 'plan-alignments.yaml'))
			? [
					dataset({
						file: 'plan-alignments.yaml',
						schema: builtinAlignmentSchema,
						load: loadBuiltinAlignments
					})
				]
			: [])
	];
}

function readDataset<Schema extends z.ZodType>(
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
 * Loads every built-in data file in one transaction: all or nothing. Loading the same files again
 * changes nothing. Returns how many records were created or updated per file.
 */
export async function loadBuiltinData(
	database: Database,
	folder = builtinFolder
): Promise<Record<string, number>> {
	const parsed = datasets(folder).map((definition) => ({
		definition,
		data: readDataset(definition as Dataset<z.ZodType>, folder)
	}));
	const counts: Record<string, number> = {};
	await database.db.transaction(async (tx) => {
		for (const { definition, data } of parsed) {
			counts[definition.file] = await (definition as Dataset<z.ZodType>).load(
				tx,
				{ actor: systemActor },
				data
			);
		}
	});
	if (Object.values(counts).some((n) => n > 0)) await database.checkpoint();
	return counts;
}
