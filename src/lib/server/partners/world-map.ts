import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json' with { type: 'json' };

export const mapWidth = 960;
export const mapHeight = 470;

const topology = world as unknown as Topology<{ countries: GeometryCollection }>;
const land = feature(topology, topology.objects.countries);
const projection = geoEqualEarth().fitSize([mapWidth, mapHeight], land);
const path = geoPath(projection);

/**
 * The countries' outlines as one SVG document, drawn once per process (the map ships with the
 * app); pages load it as an image and draw only the partners over it.
 */
export const worldSvg = [
	`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${mapWidth} ${mapHeight}" width="${mapWidth}" height="${mapHeight}">`,
	`<path fill="#d5dccf" stroke="#fff" stroke-width="0.5" d="${land.features.map((country) => path(country) ?? '').join('')}"/>`,
	'</svg>'
].join('');

/** The map's size, and each located partner as a point on it. */
export function worldMap(points: { id: string; latitude: number; longitude: number }[]) {
	return {
		width: mapWidth,
		height: mapHeight,
		points: points.flatMap((point) => {
			const xy = projection([point.longitude, point.latitude]);
			return xy
				? [{ id: point.id, x: Math.round(xy[0] * 10) / 10, y: Math.round(xy[1] * 10) / 10 }]
				: [];
		})
	};
}
