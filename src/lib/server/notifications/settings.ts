import { randomUUID } from 'node:crypto';

/** What e-mail needs from the configuration, set once at start (`SAPHAN_PUBLIC_URL`). */
let publicUrl = 'http://localhost:3000';

export function setPublicUrl(url: string): void {
	publicUrl = url;
}

export const mailLinks = () => ({ publicUrl });

/** A Message-ID of our own, fixed when a message is written, so each message keeps it on every attempt. */
export const newMessageId = () => `<${randomUUID()}@${new URL(publicUrl).hostname || 'saphan'}>`;
