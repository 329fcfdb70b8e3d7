import {
	linkSync,
	mkdirSync,
	readFileSync,
	rmSync,
	rmdirSync,
	statSync,
	unlinkSync,
	writeFileSync
} from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { setTimeout } from 'node:timers/promises';

/** Who holds a data folder: enough to find the process and to tell it from a later one with its pid. */
export interface LockHolder {
	pid: number;
	host: string;
	/** The process's start time in clock ticks since boot (Linux), so a reused pid is not taken for the holder. */
	started: string | null;
	command: string;
	since: string;
}

export class DataDirLockedError extends Error {
	readonly folder: string;
	readonly holder: LockHolder;

	constructor(folder: string, holder: LockHolder) {
		super(
			[
				`Saphan cannot open the data folder ${folder}: process ${holder.pid} on ${holder.host} ` +
					`(${holder.command}) has held it since ${holder.since}. Only one process may open an ` +
					'embedded database: stop that process, or run this command through it.',
				`สะพานเปิดโฟลเดอร์ข้อมูล ${folder} ไม่ได้ เพราะโปรเซส ${holder.pid} บนเครื่อง ${holder.host} ` +
					`(${holder.command}) ใช้อยู่ตั้งแต่ ${holder.since} ฐานข้อมูลฝังตัวเปิดได้ครั้งละหนึ่งโปรเซสเท่านั้น`
			].join('\n')
		);
		this.name = 'DataDirLockedError';
		this.folder = folder;
		this.holder = holder;
	}
}

export interface DataDirLock {
	/** Removes the lock if it is still ours. Safe to call more than once. */
	release(): void;
}

const lockName = 'saphan.lock';
/** A takeover that has not finished in this time was left by a killed process. */
const takeoverTimeoutMs = 10_000;

function processStart(pid: number): string | null {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		// Fields after the command name, which is in parentheses and may hold spaces; the 22nd
		// field of the line, the start time, is the 20th of these.
		return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
	} catch {
		return null;
	}
}

function isRunning(holder: LockHolder): boolean {
	// A process on another machine sharing the folder cannot be checked: it is taken as running.
	if (holder.host !== hostname()) return true;
	if (!Number.isInteger(holder.pid) || holder.pid <= 0) return false;
	try {
		process.kill(holder.pid, 0);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
	}
	const started = processStart(holder.pid);
	return holder.started === null || started === null || started === holder.started;
}

function readHolder(path: string): LockHolder | null {
	try {
		return JSON.parse(readFileSync(path, 'utf8')) as LockHolder;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
		// Unreadable content cannot name a live process: the file is written whole before it is
		// linked into place, so this is damage, and the lock is treated as abandoned.
		return { pid: 0, host: hostname(), started: null, command: 'unknown', since: 'unknown' };
	}
}

const sameHolder = (a: LockHolder | null, b: LockHolder | null) =>
	a !== null && b !== null && a.pid === b.pid && a.host === b.host && a.since === b.since;

/**
 * Removes a lock whose holder has died, under a second lock (a directory, created atomically) so
 * that two processes taking over the same stale lock cannot both succeed.
 */
function takeOver(path: string, stale: LockHolder): void {
	const mutex = `${path}.takeover`;
	try {
		mkdirSync(mutex);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
		const begun = statSync(mutex, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
		if (Date.now() - begun > takeoverTimeoutMs) rmSync(mutex, { recursive: true, force: true });
		return;
	}
	try {
		if (sameHolder(readHolder(path), stale)) unlinkSync(path);
	} finally {
		rmdirSync(mutex);
	}
}

/**
 * Takes the data folder for this process alone, or throws DataDirLockedError naming the process
 * that has it. A lock left by a process that no longer runs is taken over.
 */
export async function acquireDataDirLock(folder: string): Promise<DataDirLock> {
	mkdirSync(folder, { recursive: true });
	const path = join(folder, lockName);
	const me: LockHolder = {
		pid: process.pid,
		host: hostname(),
		started: processStart(process.pid),
		command: process.argv
			.slice(1)
			.map((part) => part.split('/').at(-1))
			.join(' '),
		since: new Date().toISOString()
	};
	const draft = `${path}.${process.pid}.${Date.now()}`;
	writeFileSync(draft, JSON.stringify(me), { mode: 0o600, flush: true });
	try {
		for (let attempt = 0; attempt < 5; attempt++) {
			try {
				linkSync(draft, path);
				return ownLock(path, me);
			} catch (error) {
				if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			}
			const holder = readHolder(path);
			if (holder && isRunning(holder)) throw new DataDirLockedError(folder, holder);
			if (holder) takeOver(path, holder);
			await setTimeout(50 * attempt);
		}
		const holder = readHolder(path);
		throw new DataDirLockedError(folder, holder ?? me);
	} finally {
		unlinkSync(draft);
	}
}

function ownLock(path: string, me: LockHolder): DataDirLock {
	const release = () => {
		process.off('exit', release);
		if (sameHolder(readHolder(path), me)) unlinkSync(path);
	};
	process.on('exit', release);
	return { release };
}
