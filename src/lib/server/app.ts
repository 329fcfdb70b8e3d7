import { resolve } from 'node:path';
import { controlSocketPath, listenForControl, type ControlChannel } from './control.ts';
import { backupSettings, createBackup, dailyBackup } from './backup/index.ts';
import { parseConfig, type Config } from './config.ts';
import { type Database, migrate, openDatabase } from './db/index.ts';
import { loadBuiltinData } from './builtin-data.ts';
// Registers every module's search sources and partner activity before any write.
import './modules.ts';
import {
	ensureAdmin,
	log,
	purgeExpiredLogins,
	purgeIdempotencyKeys,
	runAdminCommand,
	setLogLevel
} from './platform/index.ts';
import { projectsWithUnmatchedPartners } from './projects/index.ts';

export interface App {
	config: Config;
	database: Database;
	/** Where attached files live, `<SAPHAN_DATA_DIR>/files`, whichever database is used. */
	filesDir: string;
}

let current: App | undefined;
let maintenance: ReturnType<typeof setInterval> | undefined;
let control: ControlChannel | undefined;

/**
 * How often expired sessions, stale failed logins and idempotency keys are purged, the embedded
 * database is vacuumed and analysed, and the daily backup (when switched on) is made, while
 * Saphan runs.
 */
const maintenanceInterval = 24 * 60 * 60 * 1000;

async function maintain(database: Database, config: Config): Promise<void> {
	const started = performance.now();
	const purged = await purgeExpiredLogins(database.db, {
		windowMinutes: config.SAPHAN_LOGIN_WINDOW_MINUTES
	});
	const idempotencyKeys = await purgeIdempotencyKeys(database.db);
	await database.maintain();
	log('info', 'database maintained', {
		ms: Math.round(performance.now() - started),
		purged,
		idempotencyKeys
	});
}

/**
 * Opens the configured database, the embedded one for this process alone, and migrates it: what
 * the server and every command that works on the data do first.
 */
export async function openConfiguredDatabase(config: Config): Promise<Database> {
	const database = await openDatabase(
		config.DATABASE_URL ? { url: config.DATABASE_URL } : { dataDir: config.SAPHAN_DATA_DIR }
	);
	try {
		const applied = await migrate(database.db);
		if (applied.length) {
			// Partners a migration could not link by name wait for an officer: the log names them.
			const unmatched = await projectsWithUnmatchedPartners(database.db);
			log('info', 'database migrated', {
				migrations: applied,
				...(unmatched.length ? { unmatchedPartnerNames: unmatched } : {})
			});
		}
	} catch (error) {
		await database.close();
		throw error;
	}
	return database;
}

/** Parses configuration, opens and migrates the database, loads built-in data, ensures an admin. */
export async function startApp(
	env: Record<string, string | undefined> = process.env
): Promise<App> {
	const config = parseConfig(env);
	setLogLevel(config.SAPHAN_LOG_LEVEL);
	const database = await openConfiguredDatabase(config);
	const loaded = await loadBuiltinData(database);
	log('info', 'built-in data checked', { changes: loaded, database: database.kind });
	const admin = await ensureAdmin(database.db, config.SAPHAN_ADMIN_PASSWORD);
	if (admin.generatedPassword) {
		process.stdout.write(
			[
				'',
				'  Saphan created the administrator account / สร้างบัญชีผู้ดูแลระบบแล้ว',
				'    username / ชื่อผู้ใช้: admin',
				`    password / รหัสผ่าน:  ${admin.generatedPassword}`,
				'  It is shown only this once. Change it after logging in. / แสดงครั้งเดียว โปรดเปลี่ยนหลังเข้าสู่ระบบ',
				'',
				''
			].join('\n')
		);
	}
	await maintain(database, config);
	await database.checkpoint();
	const backups = backupSettings(config);
	if (database.dumpDataDir) {
		// This process alone may open the embedded database, so `make backup` and `make admin` ask it.
		control = await listenForControl(controlSocketPath(backups.dataDir), async (request) =>
			request.command === 'backup'
				? [await createBackup(database, backups)]
				: runAdminCommand(database.db, request.args, request.password)
		);
	}
	const backUpDaily = () => {
		if (!config.SAPHAN_BACKUP_DAILY) return;
		dailyBackup(database, backups, config.SAPHAN_BACKUP_KEEP).then(
			(done) => log('info', 'daily backup', done),
			(caught: unknown) => log('error', 'daily backup failed', { error: String(caught) })
		);
	};
	backUpDaily();
	maintenance = setInterval(() => {
		maintain(database, config).then(backUpDaily, (caught: unknown) =>
			log('error', 'database maintenance failed', { error: String(caught) })
		);
	}, maintenanceInterval);
	maintenance.unref();
	current = { config, database, filesDir: resolve(config.SAPHAN_DATA_DIR, 'files') };
	return current;
}

export function getApp(): App {
	if (!current) throw new Error('Saphan has not started');
	return current;
}

export async function stopApp(): Promise<void> {
	const app = current;
	current = undefined;
	clearInterval(maintenance);
	await control?.close();
	control = undefined;
	if (app) await app.database.close();
}
