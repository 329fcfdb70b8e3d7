import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { getApp } from '#lib/server/app.ts';
import {
	type Action,
	type Actor,
	type AttachmentOwnerType,
	attachmentPath,
	canReadCircular,
	contentDisposition,
	findAttachment,
	notFoundPage,
	pageId,
	requirePage
} from '#lib/server/platform/index.ts';
import type { Executor } from '#lib/server/db/index.ts';
import { circularRecipientIds } from '#lib/server/knowledge/index.ts';
import { resultReadable } from '#lib/server/plans/index.ts';
import type { RequestHandler } from './$types';

/** Who may read an attachment: whoever may read the record it belongs to (decision 0013). */
const readPermission: Record<AttachmentOwnerType, Action> = {
	kpi_result: 'plan.read',
	agreement: 'partner.read',
	circular: 'knowledge.read'
};

const recordReadable: Record<
	AttachmentOwnerType,
	(executor: Executor, reader: Actor, ownerId: string) => Promise<boolean>
> = {
	kpi_result: resultReadable,
	agreement: async () => true,
	circular: async (executor, reader, circularId) => {
		const recipientAgencyIds = await circularRecipientIds(executor, circularId);
		return recipientAgencyIds !== null && canReadCircular(reader, { recipientAgencyIds });
	}
};

export const GET: RequestHandler = async (event) => {
	requirePage(event, 'home.view');
	const app = getApp();
	const { db } = app.database;
	const attachment = (await findAttachment(db, pageId(event))) ?? notFoundPage(event);
	const reader = requirePage(event, readPermission[attachment.ownerType]);
	const readable = await recordReadable[attachment.ownerType](db, reader, attachment.ownerId);
	if (!readable) notFoundPage(event);
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
