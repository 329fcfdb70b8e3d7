import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { error } from '@sveltejs/kit';
import { translate } from '#lib/i18n/index.ts';
import { getApp } from '#lib/server/app.ts';
import type { Executor } from '#lib/server/db/client.ts';
import { mayReadCircular } from '#lib/server/knowledge/circular-attachments.ts';
import type { Actor } from '#lib/server/platform/actor.ts';
import { findAttachment } from '#lib/server/platform/attachments/attachments.ts';
import type { AttachmentOwnerType } from '#lib/server/platform/attachments/schema.ts';
import { attachmentPath } from '#lib/server/platform/attachments/storage.ts';
import { contentDisposition } from '#lib/server/platform/http/content-disposition.ts';
import { idParam } from '#lib/server/platform/http/ids.ts';
import { notFoundPage, requirePage } from '#lib/server/platform/http/pages.ts';
import { can } from '#lib/server/platform/policy.ts';
import type { RequestHandler } from './$types';

/** Who may read an attachment: whoever may read the record it belongs to. */
const mayRead: Record<
	AttachmentOwnerType,
	(executor: Executor, actor: Actor, ownerId: string) => boolean | Promise<boolean>
> = {
	kpi_result: (_executor, actor) => can(actor, 'plan.read'),
	agreement: (_executor, actor) => can(actor, 'partner.read'),
	circular: mayReadCircular
};

export const GET: RequestHandler = async (event) => {
	const actor = requirePage(event, 'home.view');
	let id: string;
	try {
		id = idParam(event.params.id);
	} catch {
		notFoundPage(event);
	}
	const app = getApp();
	const attachment = (await findAttachment(app.database.db, id)) ?? notFoundPage(event);
	if (!(await mayRead[attachment.ownerType](app.database.db, actor, attachment.ownerId))) {
		error(403, {
			message: translate(event.locals.locale, 'page.forbiddenBody'),
			code: 'forbidden'
		});
	}
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
