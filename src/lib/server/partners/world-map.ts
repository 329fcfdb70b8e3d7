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

/** The countries' outlines as SVG paths, computed once: the map ships with the app. */
const outlines = land.features.map((country) => path(country) ?? '').filter(Boolean);

/** The world as SVG path data, and each located partner as a point on it. */
export function worldMap(points: { id: string; latitude: number; longitude: number }[]) {
	return {
		width: mapWidth,
		height: mapHeight,
		outlines,
		points: points.flatMap((point) => {
			const xy = projection([point.longitude, point.latitude]);
			return xy
				? [{ id: point.id, x: Math.round(xy[0] * 10) / 10, y: Math.round(xy[1] * 10) / 10 }]
				: [];
		})
	};
}
