// Server time (the Server-Timing header) of the partner pages with 2,000 partners and 20,000
// engagements: `make build && node scripts/bench-partners.ts [rounds]`. Prints p50 and p95.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src/lib/server/db/client.ts';
import { adminPassword, startBuiltApp } from '../tests/browser/server.ts';
import { generatePartnersVolume } from './generate-partners-volume.ts';

const rounds = Number(process.argv[2] ?? 50);
const dataDir = mkdtempSync(join(tmpdir(), 'saphan-bench-'));
const database = await openDatabase({ dataDir });
await generatePartnersVolume(database);
await database.close();

const app = await startBuiltApp({ dataDir });
try {
	const login = await fetch(`${app.baseUrl}/api/v1/session`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ username: 'admin', password: adminPassword })
	});
	const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
	const found = (await (
		await fetch(`${app.baseUrl}/api/v1/partners?q=Volume City 1000&pageSize=1`, {
			headers: { cookie }
		})
	).json()) as { items: { id: string }[]; total: number };
	const partnerId = found.items[0]?.id;
	const paths = [
		'/partners',
		'/partners?region=asean&status=active',
		'/partners?q=Volume',
		`/partners/${partnerId}`,
		`/partners/${partnerId}/briefing`,
		'/partners/balance',
		'/partners/map',
		'/engagements?month=2019-06',
		'/follow-up',
		'/api/v1/partners',
		`/api/v1/partners/${partnerId}`,
		'/api/v1/engagements?from=2019-01-01&to=2019-12-31'
	];
	console.log(`path`.padEnd(60), 'p50 ms'.padStart(8), 'p95 ms'.padStart(8), ' status');
	for (const path of paths) {
		const times: number[] = [];
		let status = 0;
		for (let i = 0; i < rounds + 5; i++) {
			const response = await fetch(`${app.baseUrl}${path}`, { headers: { cookie } });
			await response.arrayBuffer();
			status = response.status;
			const timing = /dur=([\d.]+)/.exec(response.headers.get('server-timing') ?? '');
			if (i >= 5 && timing) times.push(Number(timing[1]));
		}
		times.sort((a, b) => a - b);
		const at = (q: number) =>
			times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN;
		console.log(
			path.padEnd(60),
			at(0.5).toFixed(1).padStart(8),
			at(0.95).toFixed(1).padStart(8),
			` ${status}`
		);
	}
} finally {
	await app.stop();
}
