import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login } from '../../src/lib/server/platform/auth/login.ts';
import { purgeExpiredLogins } from '../../src/lib/server/platform/auth/purge.ts';
import {
	createSession,
	validateSession
} from '../../src/lib/server/platform/auth/sessions-repository.ts';
import { AppError } from '../../src/lib/server/platform/errors.ts';
import { auditLog, loginFailures } from '../../src/lib/server/platform/schema.ts';
import { changeOwnPassword } from '../../src/lib/server/platform/users/change-own-password.ts';
import {
	AdminCommandError,
	runAdminCommand
} from '../../src/lib/server/platform/users/command-line.ts';
import { unlockUser } from '../../src/lib/server/platform/users/unlock-user.ts';
import { makeUser, testPassword } from '../factories/index.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';

const settings = { sessionDays: 30, maxFailures: 3, maxFailuresPerAddress: 6, windowMinutes: 15 };
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

let nextAddress = 1;
/** Each test speaks from its own addresses, so failures counted per address never mix. */
const newAddress = () => `192.0.2.${nextAddress++}`;

async function failLogins(username: string, ip: string, times: number) {
	for (let i = 0; i < times; i++) {
		await failure(login(test.database.db, settings, { username, password: 'wrong guess!', ip }));
	}
}

describe('login throttling', () => {
	it("a stranger's guesses lock out the stranger, not the real user elsewhere", async () => {
		const { user } = await makeUser(test.database.db);
		const stranger = newAddress();
		await failLogins(user.username, stranger, settings.maxFailures);
		const fromStranger = { username: user.username, password: testPassword, ip: stranger };
		expect(await failure(login(test.database.db, settings, fromStranger))).toBe(
			'too_many_attempts'
		);
		const fromHome = { ...fromStranger, ip: newAddress() };
		expect((await login(test.database.db, settings, fromHome)).actor.id).toBe(user.id);
	});

	it('refuses an address that fails across many usernames, whoever logs in from it', async () => {
		const { user } = await makeUser(test.database.db);
		const burst = newAddress();
		for (let i = 0; i < settings.maxFailuresPerAddress; i++) {
			await failLogins(`guess-${i}`, burst, 1);
		}
		const attempt = { username: user.username, password: testPassword, ip: burst };
		expect(await failure(login(test.database.db, settings, attempt))).toBe(
			'too_many_attempts_from_address'
		);
		expect(
			(await login(test.database.db, settings, { ...attempt, ip: newAddress() })).actor.id
		).toBe(user.id);
	});

	it('an administrator unlocks a user, and the trail says so', async () => {
		const { user } = await makeUser(test.database.db);
		const { actor: admin } = await makeUser(test.database.db, { roles: ['admin'] });
		const ip = newAddress();
		await failLogins(user.username, ip, settings.maxFailures);
		const { failuresCleared } = await unlockUser(test.database.db, { actor: admin }, user.id);
		expect(failuresCleared).toBe(settings.maxFailures);
		const session = await login(test.database.db, settings, {
			username: user.username,
			password: testPassword,
			ip
		});
		expect(session.actor.id).toBe(user.id);
		const entries = await test.database.db
			.select({ actorId: auditLog.actorId, after: auditLog.after })
			.from(auditLog)
			.where(and(eq(auditLog.entityId, user.id), eq(auditLog.action, 'unlock')));
		expect(entries).toEqual([{ actorId: admin.id, after: { failuresCleared: 3 } }]);
	});
});

describe('sessions', () => {
	it("changing one's own password ends the other sessions and keeps this one", async () => {
		const { user, actor } = await makeUser(test.database.db);
		const current = await createSession(test.database.db, user.id, 30);
		const other = await createSession(test.database.db, user.id, 30);
		await changeOwnPassword(
			test.database.db,
			{ actor },
			{ currentPassword: testPassword, newPassword: 'another-long-password' },
			current.token
		);
		expect(await validateSession(test.database.db, current.token, 30)).not.toBeNull();
		expect(await validateSession(test.database.db, other.token, 30)).toBeNull();
	});

	it('purges expired sessions and failures past the window, and keeps the rest', async () => {
		const { user } = await makeUser(test.database.db);
		const live = await createSession(test.database.db, user.id, 30);
		const expired = await createSession(test.database.db, user.id, -1);
		const ip = newAddress();
		const hourAgo = new Date(Date.now() - 60 * 60_000);
		await test.database.db.insert(loginFailures).values([
			{ username: user.username, ip, at: hourAgo },
			{ username: user.username, ip }
		]);
		const purged = await purgeExpiredLogins(test.database.db, settings);
		expect(purged.sessions).toBeGreaterThanOrEqual(1);
		expect(purged.loginFailures).toBeGreaterThanOrEqual(1);
		expect(await validateSession(test.database.db, live.token, 30)).not.toBeNull();
		const left = await test.database.db
			.select({ at: loginFailures.at })
			.from(loginFailures)
			.where(eq(loginFailures.ip, ip));
		expect(left).toHaveLength(1);
		expect(left[0]?.at.getTime()).toBeGreaterThan(hourAgo.getTime());
		expect(await validateSession(test.database.db, expired.token, 30)).toBeNull();
	});
});

describe('the admin command', () => {
	const run = (args: string[], password = '') => runAdminCommand(test.database.db, args, password);

	it('creates an administrator with a generated password that logs in', async () => {
		const lines = await run(['create-admin', 'night-admin']);
		const password = lines.at(-1)?.split(': ').at(-1) ?? '';
		const session = await login(test.database.db, settings, {
			username: 'night-admin',
			password,
			ip: newAddress()
		});
		expect(session.actor.roles).toEqual(['admin']);
		const [entry] = await test.database.db
			.select({ actorLabel: auditLog.actorLabel })
			.from(auditLog)
			.where(and(eq(auditLog.entityId, session.actor.id ?? ''), eq(auditLog.action, 'create')));
		expect(entry?.actorLabel).toBe('command-line');
	});

	it('resets a password from standard input and ends every session of that user', async () => {
		const { user } = await makeUser(test.database.db);
		const session = await createSession(test.database.db, user.id, 30);
		const lines = await run(['reset-password', user.username], 'a-new-piped-password');
		expect(lines.join('\n')).not.toContain('a-new-piped-password');
		expect(await validateSession(test.database.db, session.token, 30)).toBeNull();
		const relogin = { username: user.username, password: 'a-new-piped-password', ip: newAddress() };
		expect((await login(test.database.db, settings, relogin)).actor.id).toBe(user.id);
	});

	it('unlocks a user', async () => {
		const { user } = await makeUser(test.database.db);
		const ip = newAddress();
		await failLogins(user.username, ip, settings.maxFailures);
		await run(['unlock', user.username]);
		const attempt = { username: user.username, password: testPassword, ip };
		expect((await login(test.database.db, settings, attempt)).actor.id).toBe(user.id);
	});

	it('refuses clearly: an unknown user, a taken name, a short password, no arguments', async () => {
		const refusal = (args: string[], password = '') =>
			run(args, password).then(
				() => '',
				(caught: unknown) => (caught instanceof AdminCommandError ? caught.message : caught)
			);
		expect(await refusal(['unlock', 'nobody-at-all'])).toContain('No user named "nobody-at-all"');
		const { user } = await makeUser(test.database.db);
		expect(await refusal(['create-admin', user.username])).toContain('username');
		expect(await refusal(['reset-password', user.username], 'short')).toContain('password');
		expect(await refusal([])).toContain('make admin ARGS=');
		expect(await refusal(['promote', user.username])).toContain('Unknown command');
	});
});
