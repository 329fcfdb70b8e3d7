import fc from 'fast-check';
import type { z } from 'zod';

/**
 * Hostile request bodies generated from an operation's own zod schema: a body of the right shape
 * (the operation's valid example, or one generated from the schema), with one to three leaves
 * replaced by hostile values of that leaf's type.
 */

type Path = (string | number)[];
type Schema = z.core.$ZodType;

/** A JSON token sent as written, for numbers JavaScript cannot hold (1e400, 30-digit integers). */
export class RawJson {
	constructor(readonly text: string) {}
}

/** The body as JSON text, with raw tokens written as they are. */
export function jsonText(body: unknown): string {
	const raws: string[] = [];
	const text = JSON.stringify(body, (_key, value: unknown) => {
		if (!(value instanceof RawJson)) return value;
		raws.push(value.text);
		return `\u0000raw${raws.length - 1}\u0000`;
	});
	return (text ?? 'null').replace(/"\\u0000raw(\d+)\\u0000"/g, (_match, index: string) =>
		String(raws[Number(index)])
	);
}

const def = (schema: Schema) => schema._zod.def as z.core.$ZodTypeDef & Record<string, unknown>;

/** The schema that decides a value's type: wrappers, defaults and transforms taken off. */
function unwrap(schema: Schema): Schema {
	const definition = def(schema);
	switch (definition.type) {
		case 'optional':
		case 'nullable':
		case 'default':
		case 'prefault':
		case 'readonly':
		case 'nonoptional':
		case 'catch':
			return unwrap(definition.innerType as Schema);
		case 'pipe':
			return unwrap(definition.in as Schema);
		case 'union': {
			const options = definition.options as Schema[];
			return unwrap(options.find((option) => def(option).type !== 'literal') ?? options[0]!);
		}
		default:
			return schema;
	}
}

function stringBounds(schema: Schema) {
	const text = schema as unknown as {
		minLength: number | null;
		maxLength: number | null;
		format: string | null;
	};
	return { min: text.minLength ?? 0, max: text.maxLength ?? 200, format: text.format };
}

function numberBounds(schema: Schema) {
	const number = schema as unknown as {
		minValue: number | null;
		maxValue: number | null;
		isInt: boolean;
	};
	return {
		min: Math.max(number.minValue ?? -1_000, -1_000_000),
		max: Math.min(number.maxValue ?? 1_000_000, 1_000_000),
		isInt: number.isInt
	};
}

function arrayMax(schema: Schema): number | undefined {
	const checks = (def(schema).checks ?? []) as {
		_zod: { def: { check: string; maximum?: number } };
	}[];
	return checks.find((check) => check._zod.def.check === 'max_length')?._zod.def.maximum;
}

const words = ['กรุงเทพมหานคร', 'ความร่วมมือ', 'Bangkok', 'Seoul 2025', 'สำนักงาน'];

/** A value of the schema's shape, within its bounds where the schema says them. */
export function validShaped(schema: Schema): fc.Arbitrary<unknown> {
	const type = unwrap(schema);
	const definition = def(type);
	switch (definition.type) {
		case 'object': {
			const shape = definition.shape as Record<string, Schema>;
			return fc.record(
				Object.fromEntries(Object.entries(shape).map(([key, value]) => [key, validShaped(value)]))
			);
		}
		case 'array':
			return fc.array(validShaped(definition.element as Schema), { maxLength: 3 });
		case 'string': {
			const { min, max, format } = stringBounds(type);
			if (format === 'uuid') return fc.uuid();
			if (format === 'date')
				return fc
					.date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
					.map((date) => date.toISOString().slice(0, 10));
			if (format === 'email') return fc.constant('officer@bangkok.go.th');
			if (format === 'url') return fc.constant('https://www.bangkok.go.th/');
			return fc
				.constantFrom(...words)
				.map((word) => word.padEnd(min, 'ก').slice(0, Math.max(max, min)));
		}
		case 'number': {
			const { min, max, isInt } = numberBounds(type);
			return isInt
				? fc.integer({ min: Math.ceil(min), max: Math.floor(max) })
				: fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
		}
		case 'boolean':
			return fc.boolean();
		case 'enum':
			return fc.constantFrom(...Object.values(definition.entries as Record<string, string>));
		case 'literal':
			return fc.constantFrom(...(definition.values as unknown[]));
		default:
			return fc.constant(null);
	}
}

/** Every leaf of a schema a hostile value can replace: values, and whole lists. */
export function leavesOf(schema: Schema, path: Path = []): { path: Path; schema: Schema }[] {
	const type = unwrap(schema);
	const definition = def(type);
	if (definition.type === 'object') {
		return Object.entries(definition.shape as Record<string, Schema>).flatMap(([key, value]) =>
			leavesOf(value, [...path, key])
		);
	}
	if (definition.type === 'array') {
		return [{ path, schema: type }, ...leavesOf(definition.element as Schema, [...path, 0])];
	}
	return [{ path, schema: type }];
}

const controls = ['\u0000', '\u0001', '\u0008', '\u000b', '\u001b', '\u007f', '\u0085'];
const breaks = ['\n', '\r', '\t'];
const surrogates = ['\ud800', '\udfff', '\udc00x', 'x\ud83d'];
const bidi = ['\u202e', '\u2066', '\u200f', '\u061c'];

const wrongTypes = fc.constantFrom<unknown>(null, true, {}, [], new RawJson('1e308'), '', '\u0000');

const hugeNumbers = fc.constantFrom<unknown>(
	new RawJson('1e308'),
	new RawJson('-1e308'),
	new RawJson('1e400'),
	new RawJson('123456789012345678901234567890'),
	new RawJson('-0'),
	new RawJson('1e-320'),
	2 ** 31,
	2 ** 53 + 2,
	-(2 ** 31) - 1,
	1.005,
	'12',
	'1e308'
);

const hostileDates = fc.constantFrom(
	'0000-01-01',
	'0000-00-00',
	'99999-01-01',
	'+275760-09-13',
	'2023-02-29',
	'2024-13-01',
	'1899-12-31',
	'2201-01-01',
	'9999-12-31',
	'2569-13-32',
	'2024-01-01\u0000',
	'\ud8002024-01-01'
);

/** A hostile text: a control character, a lone surrogate or a bidi control put into a text. */
const hostileText = (max: number) =>
	fc.oneof(
		fc
			.tuple(
				fc.constantFrom(...controls, ...breaks, ...surrogates, ...bidi),
				fc.constantFrom(...words),
				fc.nat({ max: 20 })
			)
			.map(([bad, word, at]) => word.slice(0, at) + bad + word.slice(at)),
		fc.constant('ก'.repeat(max + 1)),
		fc.constant('x'.repeat(100_000)),
		fc.string({ unit: 'binary', minLength: 1, maxLength: 20 })
	);

/** Hostile values of a leaf's type, and values of the wrong type. */
export function hostileValue(schema: Schema): fc.Arbitrary<unknown> {
	const definition = def(schema);
	switch (definition.type) {
		case 'string': {
			const { max, format } = stringBounds(schema);
			if (format === 'date') return fc.oneof(hostileDates, hostileText(max), wrongTypes);
			if (format === 'uuid')
				return fc.oneof(
					fc.constantFrom(
						'00000000-0000-0000-0000-000000000000',
						'ffffffff-ffff-ffff-ffff-ffffffffffff',
						'not-an-id',
						'7f3e2a10-0000-4000-8000-00000000000\u0000'
					),
					fc.uuid(),
					wrongTypes
				);
			return fc.oneof({ weight: 4, arbitrary: hostileText(max) }, wrongTypes);
		}
		case 'number':
			return fc.oneof({ weight: 4, arbitrary: hugeNumbers }, wrongTypes);
		case 'array': {
			const max = arrayMax(schema) ?? 200;
			return fc.oneof(
				fc.constant(Array.from({ length: max + 1 }, () => 'กรุงเทพมหานคร')),
				fc.constant(Array.from({ length: 10_000 }, (_, index) => index)),
				wrongTypes
			);
		}
		default:
			return fc.oneof(hostileText(10), hugeNumbers, wrongTypes);
	}
}

function withValue(body: unknown, path: Path, value: unknown): unknown {
	const [head, ...rest] = path;
	if (head === undefined) return value;
	if (typeof head === 'number') {
		const list = Array.isArray(body) ? [...(body as unknown[])] : [];
		list[head] = withValue(list[head], rest, value);
		return list;
	}
	const fields: Record<string, unknown> =
		body && typeof body === 'object' && !Array.isArray(body)
			? { ...(body as Record<string, unknown>) }
			: {};
	fields[head] = withValue(fields[head], rest, value);
	return fields;
}

/**
 * A hostile body for an operation: the example (or a body generated from the schema) with one to
 * three leaves replaced by hostile values, or now and then a body of the wrong type altogether.
 */
export function hostileBody(schema: Schema, example: unknown): fc.Arbitrary<unknown> {
	const leaves = leavesOf(schema);
	const replaced = fc
		.tuple(
			fc.oneof({ weight: 3, arbitrary: fc.constant(example) }, validShaped(schema)),
			fc.subarray(leaves, { minLength: 1, maxLength: Math.min(3, leaves.length) })
		)
		.chain(([base, chosen]) =>
			fc
				.tuple(...chosen.map((leaf) => hostileValue(leaf.schema)))
				.map((values) =>
					chosen.reduce<unknown>(
						(body, leaf, index) => withValue(body, leaf.path, values[index]),
						base
					)
				)
		);
	return fc.oneof({ weight: 12, arbitrary: replaced }, wrongTypes, hugeNumbers);
}
