import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from '#lib/server/api/index.ts';
import { operations } from './operations.ts';

describe('the OpenAPI document', () => {
	const document = openApiDocument(operations, 'http://localhost:3000');

	it('is a valid OpenAPI 3.1 document', async () => {
		const validator = new Validator();
		const result = await validator.validate(structuredClone(document));
		expect(result.errors ?? []).toEqual([]);
		expect(result.valid).toBe(true);
		expect(validator.version).toBe('3.1');
	});

	it('describes every operation, with its request schema where it takes a body', () => {
		for (const operation of operations) {
			const described = (
				document.paths[operation.path] as Record<string, { requestBody?: unknown }>
			)[operation.method];
			expect(described, `${operation.method} ${operation.path}`).toBeDefined();
			expect(Boolean(described?.requestBody)).toBe(Boolean(operation.body));
		}
	});

	it('offers an Idempotency-Key on every create but the token issue, whose secret is not kept', () => {
		const creates = operations.filter(
			(operation) => operation.method === 'post' && operation.response?.status === 201
		);
		for (const operation of creates) {
			const described = (
				document.paths[operation.path] as Record<string, { parameters: { name: string }[] }>
			)[operation.method];
			const names = described?.parameters.map((parameter) => parameter.name) ?? [];
			expect(names.includes('Idempotency-Key'), operation.path).toBe(
				operation.path !== '/api/v1/users/{id}/tokens'
			);
		}
		expect(creates.filter((operation) => operation.idempotent)).toHaveLength(12);
	});
});
