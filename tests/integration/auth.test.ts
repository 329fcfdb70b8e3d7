import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	authenticateApiToken,
	issueApiToken,
	revokeApiToken
} from '../../src/lib/server/platform/auth/api-tokens.ts';
import { login } from '../../src/lib/server/platform/auth/login.ts';
import { validateSession } from '../../src/lib/server/platform/auth/sessions-repository.ts';
import { AppError } from '../../src/lib/server/platform/errors.ts';
import { setUserActive } from '../../src/lib/server/platform/users/set-user-active.ts';
import { makeUser, testPassword } from '../factories/index.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';

const settings = { sessionDays: 30, maxFailures: 3, maxFailuresPerAddress: 10, windowMinutes: 15 };
let test: TestDatabase;
beforeAll(async () => {
	test = await createTestDatabase();
});
afterAll(() => test.drop());

const failure = (promise: Promise<unknown>) =>
	promise.then(
		() => null,
		(caught: unknown) => (caught instanceof AppError ? caught.code : caught)
	);

describe('login', () => {
	it('opens a session the cookie can find again', async () => {
		const { user } = await makeUser(test.database.db);
		const session = await login(test.database.db, settings, {
			username: user.username.toUpperCase(),
			password: testPassword,
			ip: '127.0.0.1'
		});
		expect(session.actor.id).toBe(user.id);
		const found = await validateSession(test.database.db, session.token, 30);
		expect(found?.userId).toBe(user.id);
		expect(await validateSession(test.database.db, `${session.token}x`, 30)).toBeNull();
	});

	it('refuses a wrong password and an unknown user alike', async () => {
		const { user } = await makeUser(test.database.db);
		const input = { username: user.username, password: 'wrong password', ip: '127.0.0.1' };
		expect(await failure(login(test.database.db, settings, input))).toBe('invalid_credentials');
		expect(
			await failure(login(test.database.db, settings, { ...input, username: 'nobody-here' }))
		).toBe('invalid_credentials');
	});

	it('throttles after too many failures, even with the right password', async () => {
		const { user } = await makeUser(test.database.db);
		const wrong = { username: user.username, password: 'wrong password', ip: '127.0.0.1' };
		for (let i = 0; i < settings.maxFailures; i++) {
			await failure(login(test.database.db, settings, wrong));
		}
		expect(
			await failure(login(test.database.db, settings, { ...wrong, password: testPassword }))
		).toBe('too_many_attempts');
	});

	it('refuses a deactivated user and ends their sessions', async () => {
		const { user } = await makeUser(test.database.db);
		const { actor: admin } = await makeUser(test.database.db, { roles: ['admin'] });
		const session = await login(test.database.db, settings, {
			username: user.username,
			password: testPassword,
			ip: '127.0.0.1'
		});
		await setUserActive(test.database.db, { actor: admin }, user.id, false);
		expect(await validateSession(test.database.db, session.token, 30)).toBeNull();
		expect(
			await failure(
				login(test.database.db, settings, {
					username: user.username,
					password: testPassword,
					ip: '127.0.0.1'
				})
			)
		).toBe('invalid_credentials');
	});
});

describe('API tokens', () => {
	it('authenticate until revoked', async () => {
		const { user } = await makeUser(test.database.db);
		const { actor: admin } = await makeUser(test.database.db, { roles: ['admin'] });
		const { token, record } = await issueApiToken(
			test.database.db,
			{ actor: admin },
			{ userId: user.id, name: 'dashboard' }
		);
		expect(token.startsWith(record.prefix)).toBe(true);
		expect(await authenticateApiToken(test.database.db, token)).toBe(user.id);
		await revokeApiToken(test.database.db, { actor: admin }, record.id);
		expect(await authenticateApiToken(test.database.db, token)).toBeNull();
	});

	it('are revoked when their user is deactivated', async () => {
		const { user } = await makeUser(test.database.db);
		const { actor: admin } = await makeUser(test.database.db, { roles: ['admin'] });
		const { token } = await issueApiToken(
			test.database.db,
			{ actor: admin },
			{ userId: user.id, name: 'script', expiresInDays: 30 }
		);
		await setUserActive(test.database.db, { actor: admin }, user.id, false);
		expect(await authenticateApiToken(test.database.db, token)).toBeNull();
	});
});
