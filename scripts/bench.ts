// Measures server time (the Server-Timing header) of Saphan's pages and API on the built app with
// the built-in data: `make build && node scripts/bench.ts [rounds]`. Prints p50 and p95 per path.
// With `--volume` (`make bench VOLUME=1`) it measures the project register, the reporting rounds,
// the executive view and the search on 20,000 generated projects with about 200,000 reports instead
// (scripts/generate-volume.ts; the generated folder is kept and reused, SAPHAN_VOLUME_DIR names it).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adminCookie, startBuiltApp } from '../tests/browser/server.ts';
import { printServerTimings } from './server-timings.ts';

const volume = process.argv.includes('--volume');
const rounds = Number(process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? 50);
const volumeDir = process.env.SAPHAN_VOLUME_DIR || join(tmpdir(), 'saphan-volume');
if (volume && !existsSync(volumeDir)) {
	execFileSync(process.execPath, ['scripts/generate-volume.ts', volumeDir], { stdio: 'inherit' });
}
const app = await startBuiltApp(volume ? { dataDir: volumeDir } : undefined);
try {
	const cookie = await adminCookie(app.baseUrl);
	const getJson = async (path: string) =>
		(await (await fetch(`${app.baseUrl}${path}`, { headers: { cookie } })).json()) as {
			items: { id: string; code: string }[];
		};
	const iao = (await getJson('/api/v1/plans')).items.find((p) => p.code === 'IAO-FA-2566-2570');
	const seoul = encodeURIComponent('โซล');
	const volumePaths = [
		'/api/v1/projects?fiscalYear=2566',
		'/projects?fiscalYear=2566',
		'/projects?fiscalYear=2566&sort=title&direction=asc&page=20',
		`/api/v1/projects?fiscalYear=2566&q=${seoul}`,
		`/projects?fiscalYear=2566&q=${seoul}`,
		'/api/v1/projects?agency=BMA',
		'/projects/rounds?fiscalYear=2566',
		'/api/v1/project-rounds?fiscalYear=2566',
		// The executive view of a year of the 20,000 projects: page, API and situation report.
		'/overview?fiscalYear=2566',
		'/api/v1/overview?fiscalYear=2566',
		'/overview.pdf?fy=2566&lang=th',
		// What waits for the admin (counted in every page's header too) and the alerts.
		'/api/v1/my-work',
		'/api/v1/alerts',
		'/alerts',
		// The search over the 220,000 records the generator indexed: a broad and a narrow query.
		`/api/v1/search?q=${encodeURIComponent('ความร่วมมือ')}`,
		`/search?q=${encodeURIComponent('ศึกษาดูงาน โซล')}`
	];
	const paths = volume
		? volumePaths
		: [
				'/',
				'/overview?fiscalYear=2568',
				'/overview.pdf?fy=2568&lang=th',
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
				'/api/v1/projects?fiscalYear=2566',
				'/projects/rounds',
				'/api/v1/project-rounds'
			];
	if (!volume) {
		const seed002 = (await getJson('/api/v1/projects?q=04160000-3949')).items[0];
		paths.push(
			`/projects/${seed002?.id}/report.pdf?lang=th`,
			`/projects/${seed002?.id}/report.pdf?lang=en`,
			`/api/v1/projects/${seed002?.id}/report.pdf?lang=th&digits=thai`,
			`/projects/${seed002?.id}/print`,
			`/projects/${seed002?.id}/reports.xlsx`,
			'/projects/export.xlsx'
		);
	}
	await printServerTimings(app.baseUrl, cookie, paths, rounds);
} finally {
	await app.stop();
}
