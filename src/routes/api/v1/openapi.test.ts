import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { Validator } from '@seriousme/openapi-schema-validator';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from '#lib/server/api/index.ts';
import { operations } from './operations.ts';

const document = openApiDocument(operations, 'https://saphan.bangkok.go.th');

/** Type-checks `files` (name → source) as one strict program; returns the compiler's messages. */
function typeCheck(files: Record<string, string>): string[] {
	const dir = mkdtempSync(join(tmpdir(), 'saphan-api-client-'));
	try {
		for (const [name, source] of Object.entries(files)) writeFileSync(join(dir, name), source);
		const program = ts.createProgram(
			Object.keys(files).map((name) => join(dir, name)),
			{ strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, skipLibCheck: true }
		);
		return ts
			.getPreEmitDiagnostics(program)
			.map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

describe('the OpenAPI document the route files define', () => {
	it('is a valid OpenAPI 3.1 document', async () => {
		const validator = new Validator();
		const result = await validator.validate(structuredClone(document));
		expect(result.errors ?? []).toEqual([]);
		expect(result.valid).toBe(true);
		expect(validator.version).toBe('3.1');
	});

	it("passes Redocly's recommended rules with no error and no warning", async () => {
		const problems = await lintFromString({
			source: JSON.stringify(document),
			absoluteRef: 'openapi.json',
			config: await createConfig({ extends: ['recommended'] })
		});
		expect(
			problems.map(
				(problem) =>
					`${problem.severity} ${problem.ruleId}: ${problem.message} at ${problem.location[0]?.pointer}`
			)
		).toEqual([]);
	});

	it('names every operation once and answers each success with a typed body, a file or nothing', () => {
		const ids = operations.map((operation) => operation.operationId);
		expect(new Set(ids).size).toBe(ids.length);
		for (const operation of operations) {
			const { status, schema, mediaType } = operation.response;
			expect(Boolean(schema) || Boolean(mediaType) || status === 204, operation.operationId).toBe(
				true
			);
		}
	});

	it('shows for every operation that takes a body an example its schema accepts', () => {
		for (const operation of operations.filter((operation) => operation.body)) {
			expect(operation.example, operation.operationId).toBeDefined();
			const parsed = operation.body?.safeParse(operation.example);
			expect(parsed?.error?.issues ?? [], operation.operationId).toEqual([]);
		}
	});

	it('gives a TypeScript client that type-checks, with a typed answer for every operation', async () => {
		const types = astToString(await openapiTS(structuredClone(document) as never));
		const client = `
import type { operations } from './api.ts';

type Success<Operation> = Operation extends { responses: infer Responses }
	? Responses[Extract<keyof Responses, 200 | 201 | 204>]
	: never;
type Answer<Response> = Response extends { content: infer Content }
	? Content[keyof Content]
	: Response extends { content?: never }
		? 'no body'
		: never;
/** The operations whose successful answer the client would not know the type of. */
type Untyped = {
	[Id in keyof operations]: unknown extends Answer<Success<operations[Id]>> ? Id : never;
}[keyof operations];

export const everyAnswerTyped: [Untyped] extends [never] ? true : Untyped = true;
`;
		expect(typeCheck({ 'api.ts': types, 'client.ts': client })).toEqual([]);
		expect(types).toContain('export interface operations {');
		for (const operation of operations) expect(types).toContain(`    ${operation.operationId}: {`);
	}, 60_000);

	it('offers an Idempotency-Key on every create but those that issue a secret, which is not kept', () => {
		const issueSecrets = ['/api/v1/users/{id}/tokens', '/api/v1/me/calendar-feed'];
		const creates = operations.filter(
			(operation) => operation.method === 'post' && operation.response.status === 201
		);
		for (const operation of creates) {
			const described = (
				document.paths[operation.path] as Record<string, { parameters: { name: string }[] }>
			)[operation.method];
			const names = described?.parameters.map((parameter) => parameter.name) ?? [];
			expect(names.includes('Idempotency-Key'), operation.path).toBe(
				!issueSecrets.includes(operation.path)
			);
		}
		expect(creates.filter((operation) => operation.idempotent)).toHaveLength(12);
	});
});
