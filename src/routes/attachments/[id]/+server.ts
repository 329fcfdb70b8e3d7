import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { getApp } from '#lib/server/app.ts';
import { findAttachment } from '#lib/server/platform/attachments/attachments.ts';
import type { AttachmentOwnerType } from '#lib/server/platform/attachments/schema.ts';
import { attachmentPath } from '#lib/server/platform/attachments/storage.ts';
import { contentDisposition } from '#lib/server/platform/http/content-disposition.ts';
import { notFoundPage, pageId, requirePage } from '#lib/server/platform/http/pages.ts';
import type { Action } from '#lib/server/platform/policy.ts';
import type { RequestHandler } from './$types';

/** Who may read an attachment: whoever may read the record it belongs to. */
const readPermission: Record<AttachmentOwnerType, Action> = {
	kpi_result: 'plan.read',
	agreement: 'partner.read',
	circular: 'knowledge.read'
};

export const GET: RequestHandler = async (event) => {
	requirePage(event, 'home.view');
	const app = getApp();
	const attachment = (await findAttachment(app.database.db, pageId(event))) ?? notFoundPage(event);
	requirePage(event, readPermission[attachment.ownerType]);
	const path = attachmentPath(app.filesDir, attachment.id);
	const found = await stat(path).catch(() => null);
	if (!found?.isFile()) notFoundPage(event);
	const body = Readable.toWeb(createReadStream(path)) as ReadableStream<Uint8Array>;
	return new Response(body, {
		headers: {
			'content-type': attachment.contentType,
			'content-length': String(found.size),
			'content-disposition': contentDisposition(attachment.fileName),
			'x-content-type-options': 'nosniff',
			'cache-control': 'private, no-store'
		}
	});
};
