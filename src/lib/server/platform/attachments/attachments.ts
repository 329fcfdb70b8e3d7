import { createHash, randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Db, Tx } from '../../db/index.ts';
import type { ChangeContext } from '../actor.ts';
import { recordAudit } from '../audit/record.ts';
import { AppError } from '../errors.ts';
import { withoutInvisibleControls } from '../fields.ts';
import { log } from '../log.ts';
import {
	type AttachmentRow,
	deleteAttachment,
	insertAttachment,
	lockAttachment
} from './repository.ts';
import type { AttachmentOwnerType } from './schema.ts';
import { removeAttachmentFile, writeAttachmentFile } from './storage.ts';

/** The largest file Saphan keeps, in megabytes. */
export const maxAttachmentMegabytes = 20;
export const maxAttachmentBytes = maxAttachmentMegabytes * 1024 * 1024;

/** The form field that carries files, and where their errors are shown. */
export const attachmentField = 'files';

const zip = [0x50, 0x4b, 0x03, 0x04];

/** The kinds of file accepted, by extension; binary kinds must also start as they should. */
const fileKinds: { extensions: string[]; contentType: string; signature?: number[] }[] = [
	{ extensions: ['pdf'], contentType: 'application/pdf', signature: [0x25, 0x50, 0x44, 0x46] },
	{ extensions: ['png'], contentType: 'image/png', signature: [0x89, 0x50, 0x4e, 0x47] },
	{ extensions: ['jpg', 'jpeg'], contentType: 'image/jpeg', signature: [0xff, 0xd8, 0xff] },
	{
		extensions: ['docx'],
		contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
		signature: zip
	},
	{
		extensions: ['xlsx'],
		contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		signature: zip
	},
	{
		extensions: ['pptx'],
		contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
		signature: zip
	},
	{ extensions: ['txt'], contentType: 'text/plain' },
	{ extensions: ['csv'], contentType: 'text/csv' }
];

/** What the file input may offer to choose. */
export const acceptedFileTypes = fileKinds
	.flatMap((kind) => [kind.contentType, ...kind.extensions.map((extension) => `.${extension}`)])
	.join(',');

/** What a file field tells the browser and the user: the accepted types and the size limit. */
export const fileFieldSettings = {
	accept: acceptedFileTypes,
	maxMegabytes: maxAttachmentMegabytes
};

/** A name safe to store and show: no folders, no control or bidi characters, not too long. */
export function cleanFileName(name: string): string {
	const base = withoutInvisibleControls(name.split(/[\\/]/).pop() ?? '').trim();
	if (!base) return 'file';
	if (base.length <= 200) return base;
	const dot = base.lastIndexOf('.');
	const extension = dot > 0 && base.length - dot <= 10 ? base.slice(dot) : '';
	return base.slice(0, 200 - extension.length) + extension;
}

function refuse(key: 'fileTooLarge' | 'fileEmpty' | 'fileType', name: string): never {
	throw new AppError('validation_failed', {
		fields: {
			[attachmentField]: {
				key: `validation.${key}`,
				params: { name, max: maxAttachmentMegabytes }
			}
		}
	});
}

function kindOf(name: string) {
	const dot = name.lastIndexOf('.');
	const extension = dot >= 0 ? name.slice(dot + 1).toLowerCase() : '';
	return fileKinds.find((kind) => kind.extensions.includes(extension));
}

/** Refuses a file Saphan does not keep: empty, over the size limit, or not of an accepted type. */
function checkAttachment(file: File): void {
	const name = cleanFileName(file.name);
	if (file.size === 0) refuse('fileEmpty', name);
	if (file.size > maxAttachmentBytes) refuse('fileTooLarge', name);
	if (!kindOf(name)) refuse('fileType', name);
}

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
	return signature.every((byte, index) => bytes[index] === byte);
}

/** Checks the bytes themselves: a binary type starts as it should, text holds no NUL bytes. */
function contentTypeOf(name: string, bytes: Uint8Array): string {
	const kind = kindOf(name);
	if (!kind) refuse('fileType', name);
	if (kind.signature ? !startsWith(bytes, kind.signature) : bytes.subarray(0, 8192).includes(0)) {
		refuse('fileType', name);
	}
	return kind.contentType;
}

const audited = (row: AttachmentRow) => ({
	ownerType: row.ownerType,
	ownerId: row.ownerId,
	fileName: row.fileName,
	contentType: row.contentType,
	sizeBytes: row.sizeBytes,
	sha256: row.sha256
});

/** A file read and accepted, by its name, size, type and content: ready to keep. */
export interface CheckedFile {
	fileName: string;
	contentType: string;
	bytes: Uint8Array;
}

async function readChecked(file: File): Promise<CheckedFile> {
	const fileName = cleanFileName(file.name);
	const bytes = new Uint8Array(await file.arrayBuffer());
	if (bytes.byteLength === 0) refuse('fileEmpty', fileName);
	if (bytes.byteLength > maxAttachmentBytes) refuse('fileTooLarge', fileName);
	return { fileName, contentType: contentTypeOf(fileName, bytes), bytes };
}

/**
 * Reads and checks every file before anything is changed: one refused file refuses the action
 * they came with, so a record is never kept without the files its author sent.
 */
export async function checkFiles(files: readonly File[]): Promise<CheckedFile[]> {
	for (const file of files) checkAttachment(file);
	const checked: CheckedFile[] = [];
	for (const file of files) checked.push(await readChecked(file));
	return checked;
}

/** Checked files and where to keep them (the files folder, `app.filesDir`). */
export interface FilesToKeep {
	files: readonly CheckedFile[];
	storageDir: string;
}

/** Keeps checked files for one record inside the transaction that `withFiles` opened. */
export type KeepFiles = (
	owner: { ownerType: AttachmentOwnerType; ownerId: string },
	toKeep: FilesToKeep
) => Promise<AttachmentRow[]>;

/**
 * One transaction for a record and its files. Each file is written to disk under its final name
 * before its row, inside the transaction; nothing refers to it until the commit. If the
 * transaction fails (a refused write, a full disk, a failed commit), the files written for it are
 * removed, so the record and its files are kept together or not at all.
 */
export async function withFiles<T>(
	db: Db,
	context: ChangeContext,
	work: (tx: Tx, keepFiles: KeepFiles) => Promise<T>
): Promise<T> {
	const written: { storageDir: string; id: string }[] = [];
	try {
		return await db.transaction((tx) =>
			work(tx, async ({ ownerType, ownerId }, { files, storageDir }) => {
				const rows: AttachmentRow[] = [];
				for (const file of files) {
					const id = randomUUID();
					written.push({ storageDir, id });
					await writeAttachmentFile(storageDir, id, file.bytes);
					const row = await insertAttachment(tx, {
						id,
						ownerType,
						ownerId,
						fileName: file.fileName,
						contentType: file.contentType,
						sizeBytes: file.bytes.byteLength,
						sha256: createHash('sha256').update(file.bytes).digest('hex'),
						uploadedBy: context.actor.id
					});
					if (!row)
						throw new AppError('internal', { detail: 'attachment insert returned nothing' });
					await recordAudit(tx, context, {
						action: 'create',
						entityType: 'attachment',
						entityId: row.id,
						after: audited(row)
					});
					rows.push(row);
				}
				return rows;
			})
		);
	} catch (caught) {
		await Promise.all(written.map(({ storageDir, id }) => removeAttachmentFile(storageDir, id)));
		throw caught;
	}
}

export interface AttachmentOwner {
	ownerType: AttachmentOwnerType;
	ownerId: string;
	/** The files folder, `app.filesDir`. */
	storageDir: string;
	/** Runs first in the transaction: the owner's module refuses here whoever may not attach. */
	guard?: (tx: Tx) => Promise<void>;
}

/** Attaches files to an existing record, all or none, after checking them all. */
export async function attachFiles(
	db: Db,
	context: ChangeContext,
	{ ownerType, ownerId, storageDir, guard }: AttachmentOwner,
	files: readonly File[]
): Promise<AttachmentRow[]> {
	const checked = await checkFiles(files);
	return withFiles(db, context, async (tx, keepFiles) => {
		await guard?.(tx);
		return keepFiles({ ownerType, ownerId }, { files: checked, storageDir });
	});
}

/**
 * Removes an attachment: the row and its audit entry in one transaction, then its file. A file
 * that cannot be removed after the commit is only logged; nothing points at it any more.
 */
export async function removeAttachment(
	db: Db,
	context: ChangeContext,
	id: string,
	storageDir: string,
	guard?: (tx: Tx, attachment: AttachmentRow) => Promise<void>
): Promise<AttachmentRow> {
	const removed = await db.transaction(async (tx) => {
		const row = await lockAttachment(tx, id);
		if (!row) throw new AppError('not_found');
		await guard?.(tx, row);
		await deleteAttachment(tx, id);
		await recordAudit(tx, context, {
			action: 'delete',
			entityType: 'attachment',
			entityId: row.id,
			before: audited(row)
		});
		return row;
	});
	try {
		await removeAttachmentFile(storageDir, id);
	} catch (caught) {
		log('warn', 'attachment file not removed', { id, error: String(caught) });
	}
	return removed;
}

/** An attachment as the API and pages show it. */
/** A file kept with a record, read at its `url`. */
export const attachmentSchema = z
	.object({
		id: z.uuid(),
		fileName: z.string(),
		contentType: z.string(),
		sizeBytes: z.number().int().min(0),
		url: z.string()
	})
	.meta({ id: 'Attachment' });

export function presentAttachment(row: AttachmentRow): z.input<typeof attachmentSchema> {
	return {
		id: row.id,
		fileName: row.fileName,
		contentType: row.contentType,
		sizeBytes: row.sizeBytes,
		url: `/attachments/${row.id}`
	};
}
