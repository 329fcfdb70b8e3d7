// Adds up the suites' JSON reports into one closing line: "tests: N passed, N failed".
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const folder = process.argv[2] ?? 'test-results';
let passed = 0;
let failed = 0;
for (const file of readdirSync(folder).filter((name) => name.endsWith('.json'))) {
	const report = JSON.parse(readFileSync(join(folder, file), 'utf8'));
	passed += report.numPassedTests;
	failed += report.numFailedTests;
	console.log(`${file.replace(/\.json$/, '').padEnd(22)} ${report.numPassedTests} passed`);
}
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
