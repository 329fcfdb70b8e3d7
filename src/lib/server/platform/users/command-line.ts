import { translate } from '../../../i18n/index.ts';
import type { Db } from '../../db/index.ts';
import { commandLineActor } from '../actor.ts';
import { generatePassword } from '../auth/passwords.ts';
import { AppError, userMessage } from '../errors.ts';
import { parseInput } from '../validation.ts';
import { createUser } from './create-user.ts';
import { findUserByUsername } from './repository.ts';
import { userCreateSchema, userUpdateSchema } from './schemas.ts';
import { unlockUser } from './unlock-user.ts';
import { updateUser } from './update-user.ts';

export const adminCommandUsage = [
	'make admin ARGS="reset-password USERNAME"   new password from standard input, or one is generated / รหัสผ่านใหม่จาก standard input หรือให้ระบบสร้าง',
	'make admin ARGS="unlock USERNAME"           forget failed logins / ล้างการเข้าสู่ระบบไม่สำเร็จ',
	'make admin ARGS="create-admin USERNAME"     password from standard input, or one is generated / รหัสผ่านจาก standard input หรือให้ระบบสร้าง'
];

/** The commands that take a password on standard input; only they wait for it. */
export const commandsTakingPassword = new Set(['reset-password', 'create-admin']);

/** A refusal worth showing the operator as it is, in Thai and English, without a stack trace. */
export class AdminCommandError extends Error {}

const context = { actor: commandLineActor };

async function requireUser(
	db: Db,
	username: string
): Promise<NonNullable<Awaited<ReturnType<typeof findUserByUsername>>>> {
	const user = await findUserByUsername(db, username.trim().toLowerCase());
	if (!user) {
		throw new AdminCommandError(`No user named "${username}" / ไม่พบผู้ใช้ชื่อ "${username}"`);
	}
	return user;
}

function passwordOrGenerated(given: string): { password: string; generated: boolean } {
	return given
		? { password: given, generated: false }
		: { password: generatePassword(), generated: true };
}

/** Both languages of an AppError, with every field's message: what the operator reads. */
function describe(error: AppError): string {
	const lines = [`${userMessage(error, 'th')} / ${userMessage(error, 'en')}`];
	for (const [field, { key, params }] of Object.entries(error.fields ?? {})) {
		lines.push(`  ${field}: ${translate('th', key, params)} / ${translate('en', key, params)}`);
	}
	return lines.join('\n');
}

/**
 * What `make admin` does, audited as the command line: resets a password (ending every session
 * of that user), unlocks a user, or creates an administrator. `password` is what the operator
 * piped in; when empty, a password is generated and shown. Returns the lines to print.
 */
export async function runAdminCommand(db: Db, args: string[], password: string): Promise<string[]> {
	const [command, username, ...rest] = args;
	if (!command || !username || rest.length) {
		throw new AdminCommandError(['Usage / วิธีใช้:', ...adminCommandUsage].join('\n'));
	}
	try {
		switch (command) {
			case 'reset-password': {
				const user = await requireUser(db, username);
				const chosen = passwordOrGenerated(password);
				await updateUser(
					db,
					context,
					user.id,
					parseInput(userUpdateSchema, { version: user.version, password: chosen.password })
				);
				return [
					`Password of ${user.username} reset; their sessions ended / ตั้งรหัสผ่านของ ${user.username} ใหม่และออกจากระบบทุกที่แล้ว`,
					...(chosen.generated ? [`password / รหัสผ่าน: ${chosen.password}`] : [])
				];
			}
			case 'unlock': {
				const user = await requireUser(db, username);
				const { failuresCleared } = await unlockUser(db, context, user.id);
				return [
					`${user.username} can log in again (${failuresCleared} failed logins forgotten) / ${user.username} เข้าสู่ระบบได้อีกครั้ง (ล้างการเข้าสู่ระบบไม่สำเร็จ ${failuresCleared} ครั้ง)`
				];
			}
			case 'create-admin': {
				const chosen = passwordOrGenerated(password);
				const user = await createUser(
					db,
					context,
					parseInput(userCreateSchema, {
						username,
						displayName: username,
						password: chosen.password,
						roles: ['admin']
					})
				);
				return [
					`Administrator ${user.username} created / สร้างผู้ดูแลระบบ ${user.username} แล้ว`,
					...(chosen.generated ? [`password / รหัสผ่าน: ${chosen.password}`] : [])
				];
			}
			default:
				throw new AdminCommandError(
					[`Unknown command "${command}" / ไม่รู้จักคำสั่ง "${command}"`, ...adminCommandUsage].join('\n')
				);
		}
	} catch (caught) {
		if (caught instanceof AppError) throw new AdminCommandError(describe(caught));
		throw caught;
	}
}
