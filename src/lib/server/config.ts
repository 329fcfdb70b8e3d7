import { z } from 'zod';

const wholeNumber = (min: number, max: number) =>
	z.coerce
		.number({ error: `expected a whole number between ${min} and ${max}` })
		.int({ error: `expected a whole number between ${min} and ${max}` })
		.min(min, { error: `expected a whole number between ${min} and ${max}` })
		.max(max, { error: `expected a whole number between ${min} and ${max}` });

const configSchema = z.object({
	PORT: wholeNumber(1, 65535).default(3000),
	SAPHAN_DATA_DIR: z.string().min(1, { error: 'must not be empty' }).default('./data'),
	DATABASE_URL: z
		.string()
		.regex(/^postgres(ql)?:\/\/.+/, {
			error: 'expected a PostgreSQL URL such as postgres://user:password@host:5432/saphan'
		})
		.optional(),
	SAPHAN_ADMIN_PASSWORD: z
		.string()
		.min(12, { error: 'must be at least 12 characters long' })
		.optional(),
	SAPHAN_LOG_LEVEL: z
		.enum(['debug', 'info', 'warn', 'error'], { error: 'expected debug, info, warn or error' })
		.default('info'),
	SAPHAN_SESSION_DAYS: wholeNumber(1, 365).default(30),
	SAPHAN_MAX_JSON_BYTES: wholeNumber(1024, 50 * 1024 * 1024).default(1024 * 1024),
	SAPHAN_LOGIN_MAX_FAILURES: wholeNumber(1, 100).default(5),
	SAPHAN_LOGIN_MAX_FAILURES_PER_ADDRESS: wholeNumber(1, 10_000).default(30),
	SAPHAN_LOGIN_WINDOW_MINUTES: wholeNumber(1, 24 * 60).default(15),
	/** Where `make backup` and the daily backup write archives; default `<SAPHAN_DATA_DIR>/backups`. */
	SAPHAN_BACKUP_DIR: z.string().min(1, { error: 'must not be empty' }).optional(),
	SAPHAN_BACKUP_DAILY: z
		.enum(['true', 'false'], { error: 'expected true or false' })
		.default('false')
		.transform((value) => value === 'true'),
	SAPHAN_BACKUP_KEEP: wholeNumber(1, 365).default(7),
	/** A partner with no agreement, engagement or project for this many years shows as dormant. */
	SAPHAN_PARTNER_DORMANT_YEARS: wholeNumber(1, 50).default(3),
	/** Where people reach Saphan: e-mail links to records under it. */
	SAPHAN_PUBLIC_URL: z
		.url({
			protocol: /^https?$/,
			error: 'expected an http or https URL such as https://saphan.example.go.th'
		})
		.default('http://localhost:3000'),
	/** The mail server e-mail goes through; without it, notifications stay in the app. */
	SAPHAN_SMTP_URL: z
		.url({
			protocol: /^smtps?$/,
			error: 'expected an SMTP URL such as smtp://user:password@host:587'
		})
		.optional(),
	/** The sender of Saphan's e-mail: an address, or a name and address. */
	SAPHAN_MAIL_FROM: z
		.string()
		.regex(/^([^<>\r\n]*<)?[^\s@<>]+@[^\s@<>]+(>)?$/, {
			error: 'expected an address such as saphan@example.go.th or Saphan <saphan@example.go.th>'
		})
		.default('Saphan <saphan@localhost>'),
	/** How often, in milliseconds, the outbox is checked for e-mail that is due. */
	SAPHAN_MAIL_INTERVAL_MS: wholeNumber(50, 60 * 60 * 1000).default(10_000)
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {}

/** Parses the environment once at start-up; a wrong value names the variable and the fix. */
export function parseConfig(env: Record<string, string | undefined>): Config {
	const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
	const parsed = configSchema.safeParse(present);
	if (parsed.success) return parsed.data;
	const problems = parsed.error.issues.map(
		(issue) => `  ${issue.path.join('.')}: ${issue.message}`
	);
	throw new ConfigError(`Saphan cannot start: invalid configuration\n${problems.join('\n')}`);
}
