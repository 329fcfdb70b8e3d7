import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Operation } from '../../src/lib/server/api/index.ts';
import { operations } from '../../src/routes/api/v1/operations.ts';
import { useAdminApi } from './admin-api.ts';
import { apiRequests, makeTargets, type Json, type Target } from './api-targets.ts';
import { jsonText } from './hostile-input.ts';

const api = useAdminApi();
const requests = apiRequests(api);
const { get, send } = requests;
const minutes = 60_000;

const nameOf = (operation: Operation) => `${operation.method} ${operation.path}`;

/** Every change to a record the API has: what GET gives of it, PUT or PATCH must take back. */
const changes = operations.filter(({ method }) => method === 'put' || method === 'patch');

/** Every write made at a version the caller read: its body names one, and it creates nothing. */
const versioned = operations.filter(
	({ body, idempotent }) => body instanceof z.ZodObject && 'version' in body.shape && !idempotent
);

/** What a save may change on a record that was sent back as it was: its version and when. */
const withoutVersion = (record: Json | undefined) => {
	const copy = { ...record };
	delete copy.version;
	delete copy.updatedAt;
	return copy;
};

let made: Promise<Record<string, Target>> | undefined;
/** The targets, made once for the file. */
const targets = () => (made ??= makeTargets(requests));

/** Tries each operation on its target and lists every way any of them went wrong. */
async function failuresOf(
	list: Operation[],
	tryOne: (operation: Operation, target: Target, failures: string[]) => Promise<void>
): Promise<string[]> {
	expect(list.length).toBeGreaterThan(0);
	const table = await targets();
	const failures: string[] = [];
	for (const operation of list) {
		const target = table[nameOf(operation)];
		if (target) await tryOne(operation, target, failures);
		else failures.push(`no target for ${nameOf(operation)}`);
	}
	return failures;
}

async function answer(operation: Operation, target: Target, body: unknown) {
	const response = await send(operation.method.toUpperCase(), target.path, jsonText(body));
	return { status: response.status, body: (await response.json().catch(() => null)) as Json };
}

describe('versioned writes over HTTP', () => {
	it(
		'takes back every record exactly as GET gives it, and that changes nothing',
		async () => {
			const failures = await failuresOf(changes, async (operation, target, failures) => {
				expect(target.record, `${nameOf(operation)} names its record`).toBeDefined();
				const read = target.record!;
				const before = read(await get(target.watch));
				expect(before, `${nameOf(operation)}: the record`).toBeDefined();
				const { status, body } = await answer(operation, target, before);
				if (status !== 200) {
					failures.push(`${nameOf(operation)} → ${status} ${JSON.stringify(body)}`);
					return;
				}
				const after = read(await get(target.watch));
				if (JSON.stringify(withoutVersion(after)) !== JSON.stringify(withoutVersion(before))) {
					failures.push(
						`${nameOf(operation)} changed ${JSON.stringify(before)} into ${JSON.stringify(after)}`
					);
				}
			});
			expect(failures).toEqual([]);
		},
		5 * minutes
	);

	it(
		'refuses a missing version (422 on `version`) and a stale one (409 stale_version) on every versioned write, changing nothing',
		async () => {
			const failures = await failuresOf(versioned, async (operation, target, failures) => {
				const example = target.example(await get(target.watch)) as Json;
				expect(example.version, `${nameOf(operation)} is tried on a recorded version`).toBeTypeOf(
					'number'
				);
				const { version, ...withoutIt } = example;
				// Stale is any version but the record's own: one after it, as every record has one.
				const tries = [
					{ body: withoutIt, status: 422, code: 'validation_failed', field: 'version' },
					{ body: { ...example, version: Number(version) + 1 }, status: 409, code: 'stale_version' }
				];
				for (const tried of tries) {
					const before = JSON.stringify(await get(target.watch));
					const { status, body } = await answer(operation, target, tried.body);
					const error = body?.error as { code?: string; fields?: Json } | undefined;
					const answered = `${status} ${error?.code}`;
					if (
						answered !== `${tried.status} ${tried.code}` ||
						(tried.field && !error?.fields?.[tried.field])
					) {
						failures.push(`${nameOf(operation)} ${jsonText(tried.body)} → ${JSON.stringify(body)}`);
					}
					if (JSON.stringify(await get(target.watch)) !== before) {
						failures.push(`${nameOf(operation)} changed on ${answered}`);
					}
				}
			});
			expect(failures).toEqual([]);
		},
		5 * minutes
	);
});
