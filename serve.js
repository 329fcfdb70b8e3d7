// Saphan's server: adapter-node's handler behind a plain HTTP server that knows whether the
// request really came over HTTPS (directly never; through a trusted proxy when it says so), so
// cookies get `Secure` and origin checks compare like with like, and from which address. It also shuts down gracefully:
// no new connections, in-flight requests finish, then the database closes.
import http from 'node:http';
import process from 'node:process';

const protocolHeader = 'x-saphan-protocol';
process.env.PROTOCOL_HEADER = protocolHeader;
// The client's address, as login throttling counts it: the last hop the trusted proxy appended
// to X-Forwarded-For (earlier entries are whatever the client claimed), else the socket's peer.
const addressHeader = 'x-saphan-address';
process.env.ADDRESS_HEADER = addressHeader;
const trustProxy = process.env.SAPHAN_TRUST_PROXY === 'true';
const port = Number(process.env.PORT || 3000);
const host = process.env.HOST || '0.0.0.0';
const shutdownSeconds = Number(process.env.SHUTDOWN_TIMEOUT || 30);

// A path in a variable: the type-checker should not follow it into the generated build.
const handlerModule = './build/handler.js';
/** @type {{ handler: (req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void }} */
const { handler } = await import(handlerModule);

const server = http.createServer((req, res) => {
	const forwarded = trustProxy ? String(req.headers['x-forwarded-proto'] ?? '') : '';
	req.headers[protocolHeader] = forwarded.split(',')[0]?.trim() === 'https' ? 'https' : 'http';
	const forwardedFor = trustProxy ? String(req.headers['x-forwarded-for'] ?? '') : '';
	req.headers[addressHeader] =
		forwardedFor.split(',').at(-1)?.trim() || req.socket.remoteAddress || 'unknown';
	handler(req, res, () => {
		res.statusCode = 404;
		res.end();
	});
});

server.listen(port, host, () => {
	console.log(
		JSON.stringify({
			time: new Date().toISOString(),
			level: 'info',
			message: 'listening',
			url: `http://localhost:${port}`
		})
	);
});

let stopping = false;
/** @param {string} reason */
function shutdown(reason) {
	if (stopping) return;
	stopping = true;
	const force = setTimeout(() => server.closeAllConnections(), shutdownSeconds * 1000);
	server.close(() => {
		clearTimeout(force);
		// adapter-node's event, on which the app closes its database.
		/** @type {(event: string, reason: string) => void} */ (process.emit)(
			'sveltekit:shutdown',
			reason
		);
	});
	server.closeIdleConnections();
}

process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
