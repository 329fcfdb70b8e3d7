import nodemailer from 'nodemailer';

export interface OutgoingMail {
	from: string;
	to: string;
	subject: string;
	text: string;
	html: string;
	messageId: string;
}

/** Hands one message to the mail server; resolves once the server accepted it. */
export interface MailSender {
	send(mail: OutgoingMail): Promise<void>;
	close(): void;
}

/**
 * SMTP through nodemailer from `SAPHAN_SMTP_URL` (smtp://user:pass@host:587, smtps:// for TLS from
 * the start), keeping connections open between messages. Its time-outs are well inside a
 * delivery's lease, so a message is never still being sent when its lease ends.
 */
export function smtpSender(url: string): MailSender {
	const transport = nodemailer.createTransport({
		url,
		pool: true,
		maxConnections: 2,
		connectionTimeout: 30_000,
		greetingTimeout: 30_000,
		socketTimeout: 60_000
	});
	return {
		send: async (mail) => {
			await transport.sendMail({ ...mail, headers: { 'Auto-Submitted': 'auto-generated' } });
		},
		close: () => transport.close()
	};
}
