import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencies, auditLog, users } from '../../src/lib/server/db/schema.ts';
import { systemActor } from '../../src/lib/server/platform/actor.ts';
import { AppError, userMessage } from '../../src/lib/server/platform/errors.ts';
import { createUser } from '../../src/lib/server/platform/users/create-user.ts';
import { findUserById } from '../../src/lib/server/platform/users/repository.ts';
import { userCreateSchema } from '../../src/lib/server/platform/users/schemas.ts';
import { setUserActive } from '../../src/lib/server/platform/users/set-user-active.ts';
import { updateUser } from '../../src/lib/server/platform/users/update-user.ts';
import { parseInput } from '../../src/lib/server/platform/validation.ts';
import { makeUser, testPassword } from '../factories/index.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';

let test: TestDatabase;
let districtId: string;
beforeAll(async () => {
	test = await createTestDatabase({ builtinData: true });
	const [district] = await test.database.db
		.select()
		.from(agencies)
		.where(eq(agencies.code, 'D1001'));
	districtId = district?.id ?? '';
});
afterAll(() => test.drop());

async function expectAppError(promise: Promise<unknown>, code: string) {
	const error = await promise.then(
		() => null,
		(caught: unknown) => caught
	);
	expect(error).toBeInstanceOf(AppError);
	expect((error as AppError).code).toBe(code);
	return error as AppError;
}

describe('creating users', () => {
	it('stores an argon2id hash and audits the creation without it', async () => {
		const { user } = await makeUser(test.database.db, {
			roles: ['agency_reporter'],
			agencyIds: [districtId]
		});
		expect(user.passwordHash.startsWith('$argon2id$')).toBe(true);
		expect(user.agencyIds).toEqual([districtId]);
		const entries = await test.database.db
			.select()
			.from(auditLog)
			.where(eq(auditLog.entityId, user.id));
		expect(entries).toHaveLength(1);
		expect(entries[0]?.action).toBe('create');
		expect(JSON.stringify(entries[0]?.after)).not.toContain('argon2');
	});

	it('refuses a taken username, in any letter case, naming its user and changing nothing', async () => {
		const { user } = await makeUser(test.database.db);
		const before = await test.database.db.select().from(users);
		const error = await expectAppError(
			createUser(
				test.database.db,
				{ actor: systemActor },
				parseInput(userCreateSchema, {
					username: user.username.toUpperCase(),
					displayName: 'Someone',
					password: testPassword,
					roles: ['viewer']
				})
			),
			'duplicate'
		);
		expect(error.existing?.id).toBe(user.id);
		expect(error.fields?.username?.key).toBe('validation.usernameTaken');
		expect(await test.database.db.select().from(users)).toHaveLength(before.length);
	});

	it('requires an agency for an agency reporter', () => {
		expect(() =>
			parseInput(userCreateSchema, {
				username: 'reporter',
				displayName: 'Reporter',
				password: testPassword,
				roles: ['agency_reporter']
			})
		).toThrow(AppError);
	});

	it('refuses an agency that does not exist', async () => {
		await expectAppError(
			makeUser(test.database.db, {
				roles: ['agency_reporter'],
				agencyIds: ['00000000-0000-4000-8000-000000000000']
			}),
			'validation_failed'
		);
	});
});

describe('updating users', () => {
	it('bumps the version and audits before and after', async () => {
		const { user, actor } = await makeUser(test.database.db);
		const updated = await updateUser(test.database.db, { actor }, user.id, {
			version: user.version,
			displayName: 'New name'
		});
		expect(updated.version).toBe(user.version + 1);
		expect(updated.displayName).toBe('New name');
	});

	it('refuses a stale save, says what changed and loses nothing', async () => {
		const { user } = await makeUser(test.database.db);
		const { actor: other } = await makeUser(test.database.db, { roles: ['admin'] });
		await updateUser(test.database.db, { actor: other }, user.id, {
			version: user.version,
			displayName: 'First save'
		});
		const error = await expectAppError(
			updateUser(test.database.db, { actor: other }, user.id, {
				version: user.version,
				displayName: 'Second save'
			}),
			'stale_version'
		);
		expect(error.status).toBe(409);
		expect(error.changes?.fields).toContain('displayName');
		expect(userMessage(error, 'en')).toContain('full name');
		expect(error.changes?.actors).toContain(other.username);
		expect((await findUserById(test.database.db, user.id))?.displayName).toBe('First save');
	});

	it('keeps at least one active administrator', async () => {
		const { db } = test.database;
		const admins = await db.select().from(users);
		for (const admin of admins.filter((u) => u.roles.includes('admin'))) {
			await db.update(users).set({ active: false }).where(eq(users.id, admin.id));
		}
		const { user, actor } = await makeUser(db, { roles: ['admin'] });
		await expectAppError(
			updateUser(db, { actor }, user.id, { version: user.version, roles: ['viewer'] }),
			'validation_failed'
		);
		const { actor: viewer } = await makeUser(db);
		await expectAppError(setUserActive(db, { actor: viewer }, user.id, false), 'validation_failed');
	});
});
