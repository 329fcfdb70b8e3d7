/** The db module's entry: what other modules and the routes may use. */

export {
	type Database,
	type Db,
	type Executor,
	type Tx,
	openDatabase,
	queryRows
} from './client.ts';
export { DataDirLockedError, acquireDataDirLock } from './data-dir-lock.ts';
export { migrate } from './migrate.ts';
