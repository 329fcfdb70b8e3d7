/**
 * Saphan's module rules, checked by `make test` (see docs/ARCHITECTURE.md). A server module is a
 * folder of src/lib/server; the others reach it only through its entry, index.ts.
 */
const server = '^src/lib/server/';
/** The modules, lowest first: a module may import only those before it. */
const layers = [
	['db', 'backup'],
	['platform', 'documents'],
	['search', 'notifications'],
	['plans', 'partners'],
	['projects'],
	['engagements', 'knowledge'],
	['dossiers', 'alerts'],
	['overview'],
	['api']
];
const above = (index) => layers.slice(index + 1).flat();
/** Tables reference each other's keys wherever the data does: schema files are one graph. */
const schemaFile = '(^|/)schema\\.ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
	forbidden: [
		...layers.flatMap((modules, index) =>
			above(index).length === 0
				? []
				: [
						{
							name: 'module-layers',
							comment: `${modules.join(', ')} may not import ${above(index).join(', ')}, which sit above.`,
							severity: 'error',
							from: { path: `${server}(${modules.join('|')})/`, pathNot: schemaFile },
							to: { path: `${server}(${above(index).join('|')})/` }
						}
					]
		),
		{
			name: 'module-entry',
			comment:
				"Another module's files are reached through its entry, index.ts, only; its tables (schema.ts) directly, where the database rule allows.",
			severity: 'error',
			from: { path: `${server}([^/]+)/`, pathNot: [schemaFile, '\\.test\\.ts$'] },
			to: {
				path: `${server}[^/]+/`,
				pathNot: [`${server}$1/`, `${server}[^/]+/index\\.ts$`, schemaFile]
			}
		},
		{
			name: 'entry-from-outside',
			comment: 'Routes, components and the app reach a module through its entry, index.ts, only.',
			severity: 'error',
			from: { path: '^src/', pathNot: [`${server}[^/]+/`, '\\.test\\.ts$'] },
			to: { path: `${server}[^/]+/`, pathNot: `${server}[^/]+/index\\.ts$` }
		},
		{
			name: 'no-cycles',
			comment: 'Files may not import each other round in a circle.',
			severity: 'error',
			from: { path: '^src/', pathNot: '\\.svelte$' },
			to: {
				circular: true,
				dependencyTypesNot: ['type-only'],
				viaOnly: { dependencyTypesNot: ['type-only'] }
			}
		},
		{
			name: 'database-in-repositories',
			comment:
				'SQL lives in repository files and the database layer; use cases, forms and routes ask them.',
			severity: 'error',
			from: {
				path: '^src/',
				pathNot: [
					// the database layer, its backups, and the app that opens it
					`${server}(db|backup)/`,
					`^src/hooks\\.server\\.ts$|${server}app\\.ts$`,
					// tables and their columns
					'(^|/)(schema|columns)\\.ts$',
					// repositories, and the search sources that read records for the index
					'(^|/|-)(repository|search-source)\\.ts$',
					'\\.test\\.ts$'
				]
			},
			to: {
				path: ['^node_modules/drizzle-orm/', `${server}db/`, schemaFile],
				dependencyTypesNot: ['type-only']
			}
		}
	],
	options: {
		doNotFollow: { path: 'node_modules' },
		exclude: { path: ['\\.svelte-kit/', '^build/'] },
		tsPreCompilationDeps: true,
		combinedDependencies: false,
		moduleSystems: ['es6'],
		reporterOptions: { text: { highlightFocused: true } }
	}
};
