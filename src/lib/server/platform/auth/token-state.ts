import type { ApiTokenRow } from './api-tokens-repository.ts';

export type TokenState = 'active' | 'revoked' | 'expired';

/** Whether a token still opens the API; revoked wins over expired, as it was a deliberate act. */
export function tokenState(
	token: Pick<ApiTokenRow, 'revokedAt' | 'expiresAt'>,
	now: Date = new Date()
): TokenState {
	if (token.revokedAt) return 'revoked';
	if (token.expiresAt && token.expiresAt <= now) return 'expired';
	return 'active';
}
