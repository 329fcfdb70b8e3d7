// Validates built-in plan files against their schema: node scripts/check-plan-file.ts FILE...
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { builtinPlanSchema } from '../src/lib/server/plans/builtin-schema.ts';

let failed = false;
for (const file of process.argv.slice(2)) {
	const parsed = builtinPlanSchema.safeParse(parse(readFileSync(file, 'utf8')));
	if (parsed.success) {
		console.log(`${file}: valid`);
		continue;
	}
	failed = true;
	for (const issue of parsed.error.issues.slice(0, 20)) {
		console.log(`${file}: ${issue.path.join('.')}: ${issue.message}`);
	}
}
process.exit(failed ? 1 : 0);
