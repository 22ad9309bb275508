/** Human-readable help text derived from a model's schema. */
import type { AnyModel } from '../engine/model.ts';
import type { Field, ScalarField } from '../engine/schema.ts';
import { binaryLimitBytes, unhandledKind } from '../engine/schema.ts';

function range(field: Field): string {
  switch (field.kind) {
    case 'number': {
      const lo = field.min === undefined ? '' : `${field.minExclusive ? '>' : '≥'} ${field.min}`;
      const hi = field.max === undefined ? '' : `≤ ${field.max}`;
      const parts = [lo, hi].filter(Boolean).join(', ');
      return [parts, field.integer ? 'whole number' : ''].filter(Boolean).join('; ');
    }
    case 'enum':
    case 'multi':
      return `one${field.kind === 'multi' ? ' or more' : ''} of: ${field.options.map((o) => o.value).join(' | ')}`;
    case 'string':
      if (field.binary) return `a file's bytes in base64; @path reads a regular file of at most ${binaryLimitBytes(field.maxLength)} bytes`;
      return `text, up to ${field.maxLength} characters; @path reads a regular file of at most ${field.maxLength} bytes; @@ starts a literal @`;
    case 'boolean':
      return 'true | false';
    case 'list':
      return `JSON list of up to ${field.maxItems} objects`;
    case 'record':
      return 'JSON object';
    default:
      return unhandledKind(field);
  }
}

const shownDefault = (field: Field): string => (field.default === undefined ? (field.optional ? '(optional)' : '(required)') : JSON.stringify(field.default));

function describeField(name: string, field: Field, indent: string): string[] {
  const unit = field.kind === 'number' && field.unit ? ` [${field.unit}]` : '';
  const lines = [`${indent}--${name}${unit}  ${field.label}`, `${indent}    default ${shownDefault(field)}; ${range(field)}`, `${indent}    ${field.help}`];
  if (field.kind === 'list') {
    lines.push(`${indent}    each entry has:`);
    for (const [sub, subField] of Object.entries(field.item) as [string, ScalarField][]) {
      lines.push(...describeField(sub, subField, `${indent}      `).map((l) => l.replace(`--${sub}`, sub)));
    }
  }
  return lines;
}

export function modelHelp(model: AnyModel): string {
  const lines = [
    `${model.id} — ${model.title}`,
    model.summary,
    '',
    'Fields:',
    ...Object.entries(model.schema).flatMap(([name, field]) => describeField(name, field as Field, '  ')),
    '',
    `Example: npm run --silent calc -- ${model.id} --input '{}'   (every field at its default)`,
  ];
  return `${lines.join('\n')}\n`;
}

export const usage = `calc — the Hyper-V Field Guide's models from a terminal

  calc list                                 one line per model: id<TAB>title
  calc <model> --help                       the model's fields, units, defaults and ranges
  calc <model> --input '<json>'             evaluate; prints the result as one JSON line
  calc <model> --<field> <value> ...        the same with flags
  calc <model> --batch <file.jsonl>         one JSON input per line in, one JSON line per input line out
                                            (- reads standard input; a blank line gets an error line)

A text field's value @path reads that file, as a flag (--descriptor @vm.ovf) or inside
--input JSON ({"descriptor":"@vm.ovf"}): a regular file only (not a device, FIFO or
directory), UTF-8 or UTF-16 with a byte-order mark, and at most the field's own limit
in bytes, else "too large (limit ... bytes)". @@text is the literal text @text.
Batch lines are taken literally.

Invalid input exits with code 2 and prints {"error": ..., "issues": [{"field", "message"}]}.
Run through npm so the pinned Node is used: npm run --silent calc -- list
`;
