// Server time (the Server-Timing header) of the partner pages with 2,000 partners and 20,000
// engagements: `make build && node scripts/bench-partners.ts [rounds]`. Prints p50 and p95. The
// records take minutes to make: they are made once and kept (SAPHAN_PARTNERS_VOLUME_DIR names the
// folder), as `make bench VOLUME=1` keeps its own.
import { existsSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src/lib/server/db/client.ts';
import { adminCookie, startBuiltApp } from '../tests/browser/server.ts';
import { printServerTimings } from './server-timings.ts';
import { generatePartnersVolume } from './generate-partners-volume.ts';

const rounds = Number(process.argv[2] ?? 50);
const dataDir = process.env.SAPHAN_PARTNERS_VOLUME_DIR || join(tmpdir(), 'saphan-partners-volume');
if (!existsSync(dataDir)) {
	// Made beside it and moved into place whole, so an interrupted run leaves nothing to reuse.
	const making = `${dataDir}.making`;
	rmSync(making, { recursive: true, force: true });
	const database = await openDatabase({ dataDir: making });
	await generatePartnersVolume(database);
	await database.close();
	renameSync(making, dataDir);
}

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
