/**
 * Which control edits each field kind. A kind added to the schema without a
 * case here is a compile error (see unhandledKind), not a silent text box.
 */
import type { EnumOption, Field, ListField, MultiField } from '../../engine/schema.ts';
import { unhandledKind } from '../../engine/schema.ts';

/** A field edited in one control (a record is edited as JSON text). */
export type SingleControlField = Exclude<Field, MultiField | ListField>;

export type Control =
  { kind: 'checkbox' } | { kind: 'select'; options: readonly EnumOption[] } | { kind: 'text'; inputmode: 'decimal' | 'text' } | { kind: 'textarea' };

/**
 * Multi and list fields have editors of their own (a group of checkboxes, the
 * list editor's table), so they are not here; SchemaForm picks those first.
 */
export function controlOf(field: SingleControlField): Control {
  switch (field.kind) {
    case 'number':
      return { kind: 'text', inputmode: 'decimal' };
    case 'boolean':
      return { kind: 'checkbox' };
    case 'enum':
      return { kind: 'select', options: field.options };
    case 'string':
      return field.multiline ? { kind: 'textarea' } : { kind: 'text', inputmode: 'text' };
    case 'record':
      return { kind: 'textarea' };
    default:
      return unhandledKind(field);
  }
}

/** The unit a control's label shows, e.g. "GiB"; empty for counts and non-numbers. */
export const unitOf = (field: Field): string => (field.kind === 'number' ? field.unit : '');
