const levels = { debug: 10, info: 20, warn: 30, error: 40 } as const;
export type LogLevel = keyof typeof levels;

let threshold: LogLevel = 'info';

export function setLogLevel(level: LogLevel): void {
	threshold = level;
}

/** One JSON object per line on stdout: what log collectors read without parsing rules. */
export function log(level: LogLevel, message: string, fields: Record<string, unknown> = {}): void {
	if (levels[level] < levels[threshold]) return;
	process.stdout.write(
		`${JSON.stringify({ time: new Date().toISOString(), level, message, ...fields })}\n`
	);
}
