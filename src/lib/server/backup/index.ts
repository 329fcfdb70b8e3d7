/** The backup module's entry: what other modules and the routes may use. */

export { backupSettings, createBackup } from './create-backup.ts';
export { dailyBackup } from './daily.ts';
