import { createHash } from 'node:crypto';
import type { RequestEvent } from '@sveltejs/kit';
import type { Db, Executor } from '../../db/index.ts';
import { AppError } from '../errors.ts';
import { readBody } from './api.ts';
import {
	type IdempotencyKeyRow,
	claimIdempotencyKey,
	deleteIdempotencyKeysBefore,
	findIdempotencyKey,
	setIdempotentResponse
} from './idempotency-repository.ts';

export const idempotencyKeyHeader = 'Idempotency-Key';

/** How long a key's first answer is kept; the daily maintenance removes older ones. */
export const idempotencyKeyHours = 24;

/** Printable ASCII, as a UUID or any client-made token is. */
const keyFormat = /^[\x21-\x7e]{1,255}$/;

function replay(stored: IdempotencyKeyRow | undefined, requestHash: string): Response {
	if (stored?.requestHash !== requestHash) throw new AppError('idempotency_key_reused');
	if (stored.responseStatus === null) {
		throw new AppError('internal', { detail: 'idempotency key without its answer' });
	}
	return new Response(stored.responseBody, {
		status: stored.responseStatus,
		headers: {
			'content-type': 'application/json',
			'idempotent-replayed': 'true',
			...(stored.responseLocation ? { location: stored.responseLocation } : {})
		}
	});
}

/**
 * Runs an API create at most once per `Idempotency-Key` of the caller: the key's row is inserted
 * first, in the same transaction as the record, so a retry that comes while the first request is
 * still working waits for it (on the key's unique index), then gets the first answer, the same
 * status and body. A key sent again with another request is refused; an error leaves no key, so
 * the retry runs again. Without the header the create runs as it always did. `create` must do
 * all its work through the `db` it is given.
 */
export async function createOnce(
	event: Pick<RequestEvent, 'request' | 'locals' | 'url'>,
	app: { database: { db: Db }; config: { SAPHAN_MAX_JSON_BYTES: number } },
	create: (db: Db) => Promise<Response>
): Promise<Response> {
	const key = event.request.headers.get(idempotencyKeyHeader);
	const { actor } = event.locals;
	if (key === null || !actor?.id) return create(app.database.db);
	if (!keyFormat.test(key)) throw new AppError('idempotency_key_invalid');
	const actorId = actor.id;
	const body = await readBody(event.request.clone(), app.config.SAPHAN_MAX_JSON_BYTES);
	const requestHash = createHash('sha256')
		.update(`${event.request.method} ${event.url.pathname}\n`)
		.update(body)
		.digest('hex');
	return app.database.db.transaction(async (tx) => {
		if (!(await claimIdempotencyKey(tx, { actorId, key, requestHash }))) {
			return replay(await findIdempotencyKey(tx, actorId, key), requestHash);
		}
		const response = await create(tx);
		await setIdempotentResponse(tx, actorId, key, {
			responseStatus: response.status,
			responseBody: await response.clone().text(),
			responseLocation: response.headers.get('location')
		});
		return response;
	});
}

/** Forgets the answers kept longer than `idempotencyKeyHours`; returns how many. */
export async function purgeIdempotencyKeys(executor: Executor, now = new Date()): Promise<number> {
	const before = new Date(now.getTime() - idempotencyKeyHours * 60 * 60 * 1000);
	return deleteIdempotencyKeysBefore(executor, before);
}
