// Measures server time (the Server-Timing header) of Saphan's pages and API on the built app with
// the built-in data: `make build && node scripts/bench.ts [rounds]`. Prints p50 and p95 per path.
import { adminPassword, startBuiltApp } from '../tests/browser/server.ts';

const rounds = Number(process.argv[2] ?? 50);
const app = await startBuiltApp();
try {
	const login = await fetch(`${app.baseUrl}/api/v1/session`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ username: 'admin', password: adminPassword })
	});
	const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
	const getJson = async (path: string) =>
		(await (await fetch(`${app.baseUrl}${path}`, { headers: { cookie } })).json()) as {
			items: { id: string; code: string }[];
		};
	const iao = (await getJson('/api/v1/plans')).items.find((p) => p.code === 'IAO-FA-2566-2570');
	const paths = [
		'/',
		'/agencies',
		'/plans',
		`/plans/${iao?.id}`,
		`/plans/${iao?.id}/matrix`,
		`/plans/${iao?.id}/gaps`,
		'/plans/round',
		'/projects',
		'/projects?fiscalYear=2566&sort=title&direction=asc',
		'/api/v1/plans',
		`/api/v1/plans/${iao?.id}`,
		'/api/v1/projects?fiscalYear=2566'
	];
	const seed002 = (await getJson('/api/v1/projects?q=04160000-3949')).items[0];
	paths.push(
		`/projects/${seed002?.id}/report.pdf?lang=th`,
		`/projects/${seed002?.id}/report.pdf?lang=en`,
		`/api/v1/projects/${seed002?.id}/report.pdf?lang=th&digits=thai`,
		`/projects/${seed002?.id}/print`,
		`/projects/${seed002?.id}/reports.xlsx`,
		'/projects/export.xlsx'
	);
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
