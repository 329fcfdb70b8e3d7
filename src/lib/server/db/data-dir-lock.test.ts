import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock, DataDirLockedError, type LockHolder } from './data-dir-lock.ts';

const folders: string[] = [];
function newFolder(): string {
	const folder = mkdtempSync(join(tmpdir(), 'saphan-lock-'));
	folders.push(folder);
	return folder;
}
afterEach(() => {
	for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** The pid of a process that has already exited. */
function deadPid(): number {
	return Number(
		execFileSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'])
	);
}

function writeLock(folder: string, holder: Partial<LockHolder>): void {
	const full: LockHolder = {
		pid: 0,
		host: hostname(),
		started: null,
		command: 'serve.js',
		since: '2026-01-01T00:00:00.000Z',
		...holder
	};
	writeFileSync(join(folder, 'saphan.lock'), JSON.stringify(full));
}

const lockModule = resolve('src/lib/server/db/data-dir-lock.ts');

describe('the data folder lock', () => {
	it('refuses a second opener and names the folder and the holder', async () => {
		const folder = newFolder();
		const lock = await acquireDataDirLock(folder);
		const refusal = await acquireDataDirLock(folder).catch((error: unknown) => error);
		expect(refusal).toBeInstanceOf(DataDirLockedError);
		const message = (refusal as Error).message;
		expect(message).toContain(folder);
		expect(message).toContain(String(process.pid));
		lock.release();
		expect(existsSync(join(folder, 'saphan.lock'))).toBe(false);
		(await acquireDataDirLock(folder)).release();
	});

	it('takes over a lock left by a process that no longer runs', async () => {
		const folder = newFolder();
		writeLock(folder, { pid: deadPid() });
		const lock = await acquireDataDirLock(folder);
		const holder = JSON.parse(readFileSync(join(folder, 'saphan.lock'), 'utf8')) as LockHolder;
		expect(holder.pid).toBe(process.pid);
		lock.release();
	});

	it('takes over a lock whose pid now belongs to another process', async () => {
		const folder = newFolder();
		// This very process, but started at another time: the pid was reused.
		writeLock(folder, { pid: process.pid, started: '1' });
		const lock = await acquireDataDirLock(folder);
		lock.release();
	});

	it('takes over a damaged lock file', async () => {
		const folder = newFolder();
		writeFileSync(join(folder, 'saphan.lock'), '{"pid":');
		(await acquireDataDirLock(folder)).release();
	});

	it('leaves a lock alone that is no longer its own', async () => {
		const folder = newFolder();
		const lock = await acquireDataDirLock(folder);
		writeLock(folder, { pid: process.pid, since: 'later' });
		lock.release();
		expect(existsSync(join(folder, 'saphan.lock'))).toBe(true);
	});

	it(
		'lets exactly one of several processes take over the same stale lock',
		{ timeout: 60_000 },
		async () => {
			const folder = newFolder();
			writeLock(folder, { pid: deadPid() });
			const contender = `
			const { acquireDataDirLock } = await import(${JSON.stringify(lockModule)});
			try {
				const lock = await acquireDataDirLock(${JSON.stringify(folder)});
				process.stdout.write('taken');
				await new Promise((done) => setTimeout(done, 1500));
				lock.release();
			} catch (error) {
				process.stdout.write(error.name);
			}`;
			const outcomes = await Promise.all(
				Array.from(
					{ length: 6 },
					() =>
						new Promise<string>((done, fail) => {
							const child = spawn(process.execPath, ['--input-type=module', '-e', contender]);
							let out = '';
							child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
							child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
							child.on('error', fail);
							child.on('exit', () => done(out));
						})
				)
			);
			expect(outcomes.filter((outcome) => outcome === 'taken')).toHaveLength(1);
			expect(outcomes.filter((outcome) => outcome === 'DataDirLockedError')).toHaveLength(5);
		}
	);
});
