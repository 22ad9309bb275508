/** A dropped file of a kind the calculator does not read is refused by name, before it is read. */
import { describe, expect, it } from 'vitest';
import { fileKindRefusal } from '../../src/engine/file-kind.ts';

describe('fileKindRefusal', () => {
  it('accepts a listed extension in any case', () => {
    expect(fileKindRefusal('appliance.ova', ['.ovf', '.ova', '.xml'])).toBeUndefined();
    expect(fileKindRefusal('RVTools_export_all.XLSX', ['.xlsx', '.csv'])).toBeUndefined();
  });

  it('refuses any other, naming the file and every kind read', () => {
    expect(fileKindRefusal('notes.txt', ['.ovf', '.ova', '.xml'])).toBe('notes.txt was not read: only .ovf, .ova and .xml files are read here.');
    expect(fileKindRefusal('estate.xls', ['.xlsx', '.csv'])).toBe('estate.xls was not read: only .xlsx and .csv files are read here.');
    // An extension is the end of the name, not a word inside it.
    expect(fileKindRefusal('disk.ovf.zip', ['.ovf'])).toBe('disk.ovf.zip was not read: only .ovf files are read here.');
  });
});
