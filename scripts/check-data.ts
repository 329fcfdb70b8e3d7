// Validates the built-in data files against the schemas the loader uses, without a database:
// node scripts/check-data.ts [FILE…]   (files relative to data/builtin; all of them by default)
import { builtinFolder, datasets, readDataset } from '../src/lib/server/builtin-data.ts';

const wanted = process.argv.slice(2).map((file) => file.replace(/^data\/builtin\//, ''));
let failed = false;
for (const definition of datasets()) {
	if (wanted.length && !wanted.includes(definition.file)) continue;
	try {
		readDataset(definition, builtinFolder);
		console.log(`${definition.file}: valid`);
	} catch (error) {
		failed = true;
		console.log(error instanceof Error ? error.message : String(error));
	}
}
process.exit(failed ? 1 : 0);
