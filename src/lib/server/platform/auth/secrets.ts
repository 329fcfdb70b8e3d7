import { createHash, randomBytes } from 'node:crypto';

/** A random secret for a cookie or token: 32 bytes, URL-safe. */
export function newSecret(): string {
	return randomBytes(32).toString('base64url');
}

/** Secrets are stored only as their SHA-256, so a database leak does not leak sessions or tokens. */
export function digest(secret: string): string {
	return createHash('sha256').update(secret).digest('hex');
}
