/** Error messages name fields as the form labels them, not by path, so a reader finds the box to fix. */
import { describe, expect, it } from 'vitest';
import { fieldName } from '../../../src/components/frame/field-name.ts';
import { ovfExportSchema } from '../../../src/engine/ovf/ovf-export.ts';
import { defineSchema } from '../../../src/engine/schema.ts';

// A schema written for this test: a list without an item name and a free-form record.
const schema = defineSchema({
  peers: {
    kind: 'list',
    label: 'Peers',
    help: '',
    maxItems: 4,
    item: { address: { kind: 'string', label: 'Address', help: '', maxLength: 40 }, vmName: { kind: 'string', label: 'VM name', help: '', maxLength: 40 } },
  },
  limits: { kind: 'record', label: 'Requirements', help: '', maxKeys: 4, check: () => [] },
  memoryGiB: { kind: 'number', label: 'Memory', help: '', unit: 'GiB', default: 1, min: 0, max: 10 },
});

describe('fieldName', () => {
  it('names a list entry by its item label and 1-based position, and the column by its label', () => {
    // The exporter's disk list: the second row's capacity column.
    expect(fieldName(ovfExportSchema, 'disks[1].capacityGiB')).toBe('Disk 2: capacity');
    expect(fieldName(ovfExportSchema, 'nics[0].network')).toBe('Network adapter 1: network');
    expect(fieldName(ovfExportSchema, 'disks[3]')).toBe('Disk 4');
  });
  it('falls back to the list label and row number when the list names no item', () => {
    expect(fieldName(schema, 'peers[2].address')).toBe('Peers, row 3: address');
    expect(fieldName(schema, 'peers[0].vmName')).toBe('Peers, row 1: VM name');
  });
  it('names record keys and plain fields by label', () => {
    expect(fieldName(schema, 'limits.max-vm-memory')).toBe('Requirements: "max-vm-memory"');
    expect(fieldName(schema, 'memoryGiB')).toBe('Memory');
  });
  it('leaves a path it cannot resolve as it is', () => {
    expect(fieldName(schema, '(input)')).toBe('(input)');
    expect(fieldName(schema, 'other[1].x')).toBe('other[1].x');
  });
});
