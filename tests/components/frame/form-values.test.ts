/**
 * What the form's controls hold and the raw input they give the engine
 * (form-values.ts, switches over field kinds, so a new kind
 * is named by the compiler). The expected values follow the rules the module states: text is kept as
 * typed, a blank required number is reported, a blank optional value means
 * "not given", a record is JSON text.
 */
import { describe, expect, it } from 'vitest';
import { emptyRow, formFromValues, listValuesFromForm, rawFromForm } from '../../../src/components/frame/form-values.ts';
import { defineSchema } from '../../../src/engine/schema.ts';

// A schema written for this test, one field of each kind.
const schema = defineSchema({
  memoryGiB: { kind: 'number', label: 'Memory', help: '', unit: 'GiB', default: 4, min: 0 },
  cacheGiB: { kind: 'number', label: 'Cache', help: '', unit: 'GiB', optional: true },
  compress: { kind: 'boolean', label: 'Compress', help: '', default: false },
  mode: {
    kind: 'enum',
    label: 'Mode',
    help: '',
    options: [
      { value: 'a', label: 'A' },
      { value: 'b', label: 'B' },
    ],
    default: 'a',
  },
  note: { kind: 'string', label: 'Note', help: '', maxLength: 20, optional: true },
  platforms: { kind: 'multi', label: 'Platforms', help: '', options: [{ value: 'x', label: 'X' }], default: ['x'] },
  vms: {
    kind: 'list',
    label: 'VMs',
    help: '',
    maxItems: 4,
    item: {
      name: { kind: 'string', label: 'Name', help: '', maxLength: 20, default: 'vm' },
      memoryGiB: { kind: 'number', label: 'Memory', help: '', unit: 'GiB', default: 8 },
      dynamic: { kind: 'boolean', label: 'Dynamic', help: '', default: true },
    },
    default: [{ name: 'sql01', memoryGiB: 64, dynamic: false }],
  },
  limits: { kind: 'record', label: 'Limits', help: '', maxKeys: 4, check: () => [] },
});

describe('formFromValues', () => {
  it('holds numbers and choices as text, yes/no as a boolean, lists as rows of those', () => {
    expect(formFromValues(schema, {})).toEqual({
      memoryGiB: '4',
      cacheGiB: '',
      compress: false,
      mode: 'a',
      note: '',
      platforms: ['x'],
      vms: [{ name: 'sql01', memoryGiB: '64', dynamic: false }],
      limits: '',
    });
    expect(formFromValues(schema, { limits: { a: 1 } }).limits).toBe('{"a":1}');
  });
  it('fills a new row from the item defaults', () => {
    expect(emptyRow(schema.vms)).toEqual({ name: 'vm', memoryGiB: '8', dynamic: true });
  });
});

describe('rawFromForm', () => {
  const form = formFromValues(schema, {});
  it('turns the held text back into values; blank optional fields are left out', () => {
    expect(rawFromForm(schema, form)).toEqual({
      raw: { memoryGiB: 4, compress: false, mode: 'a', platforms: ['x'], vms: [{ name: 'sql01', memoryGiB: 64, dynamic: false }] },
      issues: [],
    });
  });
  it('keeps text as typed, spaces included, and reads a record as JSON', () => {
    const { raw } = rawFromForm(schema, { ...form, note: ' two words ', limits: '{"max-vms": 8}' });
    expect(raw.note).toBe(' two words ');
    expect(raw.limits).toEqual({ 'max-vms': 8 });
  });
  it('reports a blank required number, an unreadable number and bad JSON, naming each', () => {
    const { issues } = rawFromForm(schema, {
      ...form,
      memoryGiB: ' ',
      vms: [{ name: 'a', memoryGiB: '1e', dynamic: true }],
      limits: '{',
    });
    expect(issues).toEqual([
      { field: 'memoryGiB', message: 'needs a value' },
      { field: 'vms[0].memoryGiB', message: 'is not a number in GiB' },
      { field: 'limits', message: 'is not valid JSON' },
    ]);
  });
});

describe('listValuesFromForm', () => {
  it('reads each row as values for a summary, leaving out a cell still being typed', () => {
    const rows = [
      { name: 'web', memoryGiB: '8', dynamic: true },
      { name: 'half', memoryGiB: '1e', dynamic: false },
    ];
    expect(listValuesFromForm(schema.vms, rows)).toEqual([
      { name: 'web', memoryGiB: 8, dynamic: true },
      { name: 'half', dynamic: false },
    ]);
  });
});
