// Server time (the Server-Timing header) of the partner pages with 2,000 partners and 20,000
// engagements: `make build && node scripts/bench-partners.ts [rounds]`. Prints p50 and p95.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src/lib/server/db/client.ts';
import { adminCookie, startBuiltApp } from '../tests/browser/server.ts';
import { printServerTimings } from './server-timings.ts';
import { generatePartnersVolume } from './generate-partners-volume.ts';

const rounds = Number(process.argv[2] ?? 50);
const dataDir = mkdtempSync(join(tmpdir(), 'saphan-bench-'));
const database = await openDatabase({ dataDir });
await generatePartnersVolume(database);
await database.close();

const app = await startBuiltApp({ dataDir });
try {
	const cookie = await adminCookie(app.baseUrl);
	const found = (await (
		await fetch(`${app.baseUrl}/api/v1/partners?q=Volume City 1000&pageSize=1`, {
			headers: { cookie }
		})
	).json()) as { items: { id: string }[]; total: number };
	const partnerId = found.items[0]?.id;
	const engagements = (await (
		await fetch(`${app.baseUrl}/api/v1/engagements?partner=${partnerId}&pageSize=1`, {
			headers: { cookie }
		})
	).json()) as { items: { id: string }[] };
	const engagementId = engagements.items[0]?.id;
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
		'/committees',
		`/engagements/${engagementId}`,
		`/engagements/${engagementId}/edit`,
		'/api/v1/partners',
		`/api/v1/partners/${partnerId}`,
		'/api/v1/engagements?from=2019-01-01&to=2019-12-31'
	];
	await printServerTimings(app.baseUrl, cookie, paths, rounds);
} finally {
	await app.stop();
}
