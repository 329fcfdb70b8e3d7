import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

interface Rule {
	name: string;
	from: { path: string };
	to: { path: string };
}

const root = join(import.meta.dirname, '../../..');
const config = createRequire(import.meta.url)(join(root, '.dependency-cruiser.cjs')) as {
	forbidden: Rule[];
};

/** The modules a rule's path names: `^src/lib/server/(a|b)/` gives a and b. */
const modulesIn = (path: string) => (/\(([a-z|]+)\)\/$/.exec(path)?.[1] ?? '').split('|');

/** The module table of docs/ARCHITECTURE.md: each module with its layer. */
function documentedLayers(): Map<string, number> {
	const text = readFileSync(join(root, 'docs/ARCHITECTURE.md'), 'utf8');
	const table = text.slice(text.indexOf('## Modules'), text.indexOf('### The dependency rule'));
	const rows = [...table.matchAll(/^\| `([a-z]+)` +\| (\d+) +\|/gm)];
	return new Map(rows.map(([, name, layer]) => [name!, Number(layer)]));
}

describe('docs/ARCHITECTURE.md', () => {
	const documented = documentedLayers();

	it('names every module of src/lib/server, each with its entry', () => {
		const server = join(root, 'src/lib/server');
		const folders = readdirSync(server, { withFileTypes: true })
			.filter((entry) => entry.isDirectory())
			.map((entry) => entry.name);
		expect([...documented.keys()].sort()).toEqual(folders.sort());
		for (const folder of folders) expect(existsSync(join(server, folder, 'index.ts'))).toBe(true);
	});

	it('gives each module the layer the dependency rule enforces', () => {
		const layerRules = config.forbidden.filter((rule) => rule.name === 'module-layers');
		const top = Math.max(...documented.values());
		expect(layerRules).toHaveLength(top - 1);
		layerRules.forEach((rule, index) => {
			const layer = index + 1;
			const at = [...documented].filter(([, l]) => l === layer).map(([name]) => name);
			const above = [...documented].filter(([, l]) => l > layer).map(([name]) => name);
			expect(modulesIn(rule.from.path).sort()).toEqual(at.sort());
			expect(modulesIn(rule.to.path).sort()).toEqual(above.sort());
		});
	});
});
