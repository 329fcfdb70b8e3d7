import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import type { Database, Tx } from '../../db/client.ts';
import { systemActor, type ChangeContext } from '../actor.ts';
import { builtinAgencySchema, loadBuiltinAgencies } from '../agencies/load-builtin.ts';

export const builtinFolder = resolve('data', 'builtin');

interface Dataset<Schema extends z.ZodType> {
	file: string;
	schema: Schema;
	load: (tx: Tx, context: ChangeContext, data: z.output<Schema>) => Promise<number>;
}

const dataset = <Schema extends z.ZodType>(definition: Dataset<Schema>) => definition;

/** The built-in data files, in the order they load (later files may refer to earlier ones). */
export const datasets = [
	dataset({ file: 'agencies.yaml', schema: builtinAgencySchema, load: loadBuiltinAgencies })
];

export function readDataset<Schema extends z.ZodType>(
	definition: Dataset<Schema>,
	folder = builtinFolder
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
	const parsed = datasets.map((definition) => ({
		definition,
		data: readDataset(definition, folder)
	}));
	const counts: Record<string, number> = {};
	await database.db.transaction(async (tx) => {
		for (const { definition, data } of parsed) {
			counts[definition.file] = await definition.load(tx, { actor: systemActor }, data);
		}
	});
	if (Object.values(counts).some((n) => n > 0)) await database.checkpoint();
	return counts;
}
