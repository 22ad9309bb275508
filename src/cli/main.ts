/**
 * The CLI: a second front end over the same engine as the islands. Pure of
 * process globals (I/O is passed in) so tests can drive it directly.
 */
import { evaluate } from '../engine/evaluate.ts';
import { parseFieldText } from '../engine/field-text.ts';
import { registry } from '../engine/index.ts';
import type { AnyModel } from '../engine/model.ts';
import type { Issue } from '../engine/schema.ts';
import { modelHelp, usage } from './help.ts';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readFile: (path: string) => Promise<string>;
}

export const EXIT_OK = 0;
export const EXIT_INVALID = 2;

const errorLine = (error: string, issues: Issue[]): string => `${JSON.stringify({ error, issues })}\n`;

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.stdout(usage);
    return command === undefined ? EXIT_INVALID : EXIT_OK;
  }
  if (command === 'list') {
    io.stdout(Object.values(registry).map((m) => `${m.id}\t${m.title}\n`).join(''));
    return EXIT_OK;
  }
  const model = registry[command];
  if (!model) {
    io.stdout(errorLine('unknown model', [{ field: '(model)', message: `no model "${command}"; run "calc list" for the ids` }]));
    io.stderr(`calc: unknown model "${command}"\n`);
    return EXIT_INVALID;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(modelHelp(model));
    return EXIT_OK;
  }
  const batchAt = rest.indexOf('--batch');
  if (batchAt >= 0) return runBatch(model, rest[batchAt + 1], io);

  const input = await inputFromArgs(model, rest, io);
  const outcome = evaluate(model, input.value);
  if (input.issues.length > 0) {
    // Report every bad field at once: argument problems plus what validation finds in the rest.
    const named = new Set(input.issues.map((i) => i.field));
    const more = outcome.ok ? [] : outcome.issues.filter((i) => !named.has(i.field));
    return fail(io, 'invalid input', [...input.issues, ...more]);
  }
  if (!outcome.ok) return fail(io, 'invalid input', outcome.issues);
  io.stdout(`${JSON.stringify(outcome.result)}\n`);
  return EXIT_OK;
}

function fail(io: CliIo, error: string, issues: Issue[]): number {
  io.stdout(errorLine(error, issues));
  io.stderr(issues.map((i) => `calc: ${i.field}: ${i.message}\n`).join(''));
  return EXIT_INVALID;
}

interface ArgsInput {
  value: Record<string, unknown>;
  issues: Issue[];
}

/** Builds the raw input from --input JSON and/or --<field> flags (flags win). */
async function inputFromArgs(model: AnyModel, args: string[], io: CliIo): Promise<ArgsInput> {
  const issues: Issue[] = [];
  let value: Record<string, unknown> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (!arg.startsWith('--')) {
      issues.push({ field: '(arguments)', message: `unexpected argument ${JSON.stringify(arg)}; fields are given as --<field> <value>` });
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    const next = args[i + 1];
    const field = model.schema[name];
    let text: string | undefined;
    if (eq > 0) text = arg.slice(eq + 1);
    else if (field?.kind === 'boolean' && (next === undefined || next.startsWith('--'))) text = 'true';
    else {
      text = next;
      i++;
    }
    if (text === undefined) {
      issues.push({ field: name, message: `--${name} needs a value` });
      continue;
    }
    if (name === 'input') {
      try {
        const parsed: unknown = JSON.parse(text);
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
          issues.push({ field: '(input)', message: '--input must be a JSON object' });
        } else value = { ...(parsed as Record<string, unknown>), ...value };
      } catch {
        issues.push({ field: '(input)', message: '--input is not valid JSON' });
      }
      continue;
    }
    if (!field) {
      issues.push({ field: name, message: `unknown field; the fields are: ${Object.keys(model.schema).join(', ')}` });
      continue;
    }
    if (field.kind === 'string' && text.startsWith('@')) {
      try {
        text = await io.readFile(text.slice(1));
      } catch (error) {
        issues.push({ field: name, message: `cannot read ${text.slice(1)}: ${error instanceof Error ? error.message : String(error)}` });
        continue;
      }
    }
    const parsed = parseFieldText(field, text);
    if (parsed.ok) value[name] = parsed.value;
    else issues.push({ field: name, message: parsed.message });
  }
  return { value, issues };
}

async function runBatch(model: AnyModel, path: string | undefined, io: CliIo): Promise<number> {
  if (!path) return fail(io, 'invalid arguments', [{ field: '(batch)', message: '--batch needs a file of JSON lines' }]);
  let text: string;
  try {
    text = await io.readFile(path);
  } catch (error) {
    return fail(io, 'cannot read batch file', [{ field: '(batch)', message: error instanceof Error ? error.message : String(error) }]);
  }
  const out: string[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      out.push(errorLine('invalid JSON', [{ field: '(line)', message: `line ${index + 1} is not valid JSON` }]));
      return;
    }
    const outcome = evaluate(model, raw);
    out.push(outcome.ok ? `${JSON.stringify(outcome.result)}\n` : errorLine('invalid input', outcome.issues));
  });
  io.stdout(out.join(''));
  return EXIT_OK;
}
