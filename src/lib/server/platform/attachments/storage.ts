import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Where an attachment's bytes live: `<filesDir>/<first two hex digits of its id>/<id>`. The same
 * folder serves PGlite and PostgreSQL, so back it up with the database.
 */
export function attachmentPath(filesDir: string, id: string): string {
	if (!/^[0-9a-f-]{36}$/.test(id)) throw new Error(`not an attachment id: ${id}`);
	return join(filesDir, id.slice(0, 2), id);
}

/** Writes the bytes under a temporary name, flushes them, then renames: never half a file. */
export async function writeAttachmentFile(
	filesDir: string,
	id: string,
	bytes: Uint8Array
): Promise<void> {
	const target = attachmentPath(filesDir, id);
	await mkdir(join(filesDir, id.slice(0, 2)), { recursive: true });
	const temporary = `${target}.${randomBytes(6).toString('hex')}.tmp`;
	try {
		const handle = await open(temporary, 'wx', 0o640);
		try {
			await handle.writeFile(bytes);
			await handle.sync();
		} finally {
			await handle.close();
		}
		await rename(temporary, target);
	} catch (caught) {
		await rm(temporary, { force: true });
		throw caught;
	}
}

/** Removes an attachment's file; one already gone is no error. */
export async function removeAttachmentFile(filesDir: string, id: string): Promise<void> {
	await rm(attachmentPath(filesDir, id), { force: true });
}
