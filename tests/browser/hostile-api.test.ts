import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { operations } from '../../src/routes/api/v1/operations.ts';
import { useAdminApi } from './admin-api.ts';
import { apiRequests, makeTargets, type Json, type Target } from './api-targets.ts';
import { hostileBody, jsonText } from './hostile-input.ts';

const api = useAdminApi();

const requests = apiRequests(api);
const { get, send } = requests;

/** The body at the version the record has now, where it kept the example's version. */
function atCurrentVersion(body: unknown, example: Json, current: Json): unknown {
	if (!body || typeof body !== 'object' || Array.isArray(body)) return body;
	const fields = body as Json;
	return fields.version === example.version && example.version !== undefined
		? { ...fields, version: current.version }
		: body;
}

let made: Promise<Record<string, Target>> | undefined;
/** The targets, made once for the file. */
const targets = () => (made ??= makeTargets(requests));

const writes = operations.filter((operation) => operation.body);
/** Runs per operation: sized so the whole file stays within a few minutes on a small machine. */
const runsPerOperation = Number(process.env.SAPHAN_HOSTILE_RUNS ?? 25);
const minutes = 60_000;

describe('hostile input over HTTP', () => {
	it(
		'gets a 4xx, never a 5xx, from every write operation, and a refusal changes nothing',
		async () => {
			const table = await targets();
			expect(Object.keys(table).sort()).toEqual(
				writes.map((operation) => `${operation.method} ${operation.path}`).sort()
			);
			let tried = 0;
			const failures: string[] = [];
			for (const operation of writes) {
				const key = `${operation.method} ${operation.path}`;
				const target = table[key]!;
				const method = operation.method.toUpperCase();
				const example = target.example(await get(target.watch)) as Json;
				await fc.assert(
					fc.asyncProperty(hostileBody(operation.body!, example), async (body) => {
						const before = await get(target.watch);
						const text = jsonText(atCurrentVersion(body, example, target.example(before) as Json));
						const response = await send(method, target.path, text, target.anonymous);
						tried++;
						const answer = await response.text();
						if (response.status >= 500) failures.push(`${key}: ${text.slice(0, 300)} → ${answer}`);
						else if (response.status >= 400) {
							expect(JSON.stringify(await get(target.watch)), `${key} changed on ${answer}`).toBe(
								JSON.stringify(before)
							);
						}
					}),
					{ numRuns: runsPerOperation, seed: 13, endOnFailure: true }
				);
			}
			console.info(`hostile write requests: ${tried}, answered 5xx: ${failures.length}`);
			expect(failures).toEqual([]);
		},
		10 * minutes
	);

	it(
		'refuses bodies that are not UTF-8 or carry NUL or lone surrogates, on every write operation',
		async () => {
			const table = await targets();
			const encoder = new TextEncoder();
			/** The example with a bad character put at the start of its first text. */
			const spoilt = (example: string, bad: string) => example.replace(/":"/, `":"${bad}`);
			for (const operation of writes) {
				const target = table[`${operation.method} ${operation.path}`]!;
				const example = jsonText(target.example(await get(target.watch)));
				/** Bodies without a text (a version alone) have nothing to spoil but their bytes. */
				const texts = example.includes('":"')
					? [spoilt(example, '\\ud800'), spoilt(example, '\\udfff'), spoilt(example, '\\u0000')]
					: [];
				const invalidUtf8 = encoder.encode(spoilt(example, '\u0001'));
				invalidUtf8[Math.max(invalidUtf8.indexOf(1), 1)] = 0xff;
				const bodies: (string | Uint8Array<ArrayBuffer>)[] = [
					invalidUtf8,
					...texts,
					'[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]',
					'{"version":1e400}'
				];
				for (const body of bodies) {
					const before = await get(target.watch);
					const response = await send(
						operation.method.toUpperCase(),
						target.path,
						body,
						target.anonymous
					);
					const said = `${operation.path} ${String(body)} → ${await response.clone().text()}`;
					expect(response.status, said).toBeGreaterThanOrEqual(400);
					expect(response.status, said).toBeLessThan(500);
					expect(JSON.stringify(await get(target.watch))).toBe(JSON.stringify(before));
				}
			}
		},
		5 * minutes
	);
});
