import { resolve } from 'node:path';
import { controlSocketPath, listenForControl, type ControlChannel } from './control.ts';
import { backupSettings, createBackup, dailyBackup } from './backup/index.ts';
import { parseConfig, type Config } from './config.ts';
import { type Database, migrate, openDatabase } from './db/index.ts';
import { loadBuiltinData } from './builtin-data.ts';
// Registers every module's search sources and partner activity before any write.
import { scheduledJobs } from './modules.ts';
import { setPublicUrl, smtpSender, startMailWorker } from './notifications/index.ts';
import {
	type Repeating,
	type ScheduledJob,
	type Scheduler,
	ensureAdmin,
	log,
	purgeExpiredLogins,
	purgeIdempotencyKeys,
	runAdminCommand,
	setLogLevel,
	startScheduler
} from './platform/index.ts';
import { projectsWithUnmatchedPartners } from './projects/index.ts';

export interface App {
	config: Config;
	database: Database;
	/** Where attached files live, `<SAPHAN_DATA_DIR>/files`, whichever database is used. */
	filesDir: string;
}

let current: App | undefined;
let scheduler: Scheduler | undefined;
let mailWorker: Repeating | undefined;
let control: ControlChannel | undefined;

/**
 * Daily: expired sessions, stale failed logins and idempotency keys purged, the embedded database
 * vacuumed and analysed.
 */
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

/** The app's own daily work, run by the scheduler with the modules' jobs. */
function maintenanceJobs(database: Database, config: Config): ScheduledJob[] {
	const backups = backupSettings(config);
	const maintenance: ScheduledJob = {
		name: 'maintenance',
		every: 'day',
		run: () => maintain(database, config)
	};
	if (!config.SAPHAN_BACKUP_DAILY) return [maintenance];
	// Only when switched on: a day's run is claimed, so a run that did nothing would skip the day.
	const backup: ScheduledJob = {
		name: 'backup.daily',
		every: 'day',
		run: async () => {
			log('info', 'daily backup', await dailyBackup(database, backups, config.SAPHAN_BACKUP_KEEP));
		}
	};
	return [maintenance, backup];
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
	setPublicUrl(config.SAPHAN_PUBLIC_URL);
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
	scheduler = startScheduler(database.db, [...maintenanceJobs(database, config), ...scheduledJobs]);
	// The jobs whose period has not run yet run now, in the background.
	void scheduler.tick();
	if (config.SAPHAN_SMTP_URL) {
		mailWorker = await startMailWorker(database.db, smtpSender(config.SAPHAN_SMTP_URL), {
			from: config.SAPHAN_MAIL_FROM,
			intervalMs: config.SAPHAN_MAIL_INTERVAL_MS,
			alone: database.kind === 'pglite'
		});
	}
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
	await scheduler?.stop();
	scheduler = undefined;
	await mailWorker?.stop();
	mailWorker = undefined;
	await control?.close();
	control = undefined;
	if (app) await app.database.close();
}
