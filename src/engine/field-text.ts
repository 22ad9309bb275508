/**
 * Fields as text: how a value is written in a URL query or a CLI flag, and
 * read back. Numbers, booleans and enum values are written plainly; multi
 * values as a comma-separated list; lists and records as JSON.
 */
import type { Field } from './schema.ts';
import { unhandledKind } from './schema.ts';

export type ParsedText = { ok: true; value: unknown } | { ok: false; message: string };

const NUMBER_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

export function parseFieldText(field: Field, text: string): ParsedText {
  const trimmed = text.trim();
  switch (field.kind) {
    case 'number': {
      if (!NUMBER_TEXT.test(trimmed)) return { ok: false, message: `is not a number${field.unit ? ` in ${field.unit}` : ''}` };
      return { ok: true, value: Number(trimmed) };
    }
    case 'boolean': {
      const lower = trimmed.toLowerCase();
      if (['true', '1', 'yes', 'on'].includes(lower)) return { ok: true, value: true };
      if (['false', '0', 'no', 'off'].includes(lower)) return { ok: true, value: false };
      return { ok: false, message: 'must be true or false' };
    }
    case 'enum':
    case 'string':
      return { ok: true, value: field.kind === 'enum' ? trimmed : text };
    case 'multi':
      return { ok: true, value: trimmed === '' ? [] : trimmed.split(',').map((part) => part.trim()) };
    case 'list':
    case 'record':
      try {
        return { ok: true, value: JSON.parse(text) as unknown };
      } catch {
        return { ok: false, message: 'is not valid JSON' };
      }
    default:
      return unhandledKind(field);
  }
}

export function formatFieldText(field: Field, value: unknown): string {
  switch (field.kind) {
    case 'multi':
      return Array.isArray(value) ? value.join(',') : '';
    case 'list':
    case 'record':
      return JSON.stringify(value);
    case 'number':
    case 'boolean':
    case 'enum':
    case 'string':
      return String(value);
    default:
      return unhandledKind(field);
  }
}
