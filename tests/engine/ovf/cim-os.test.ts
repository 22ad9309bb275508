/**
 * Naming CIM OsType values above 111, where two numberings are in use.
 * Expected names come from the sources, read by hand:
 *  - dmtf-cim-schema-2-51 (CIM_OperatingSystem.mof, ValueMap/Values): no 112;
 *    113 Windows Server 2012, 114 Windows 8, 115 Windows 8 64-bit,
 *    116 Windows Server 2012 R2, 117 Windows Server 2016, 118 Windows 8.1,
 *    119 Windows 8.1 64-bit, 120 Windows 10, 121 Windows 10 64-bit.
 *  - virtualbox-ovf-source (ovfreader.h, by position): 112 Windows Server 2012,
 *    113 Windows 8, 114 Windows 8 64-bit, 115 Windows Server 2012 R2,
 *    116 Windows 8.1, 117 Windows 8.1 64-bit, 118 Windows Server 2016,
 *    119 Windows 10, 120 Windows 10 64-bit.
 *  - VMware guest ids (vmware-govmomi-ovf): windows8Server64Guest is Windows
 *    Server 2012 and 2012 R2, windows9Server64Guest Windows Server 2016.
 */
import { describe, expect, it } from 'vitest';
import { cimOsName, virtualBoxName } from '../../../src/engine/ovf/cim-os.ts';

describe('CIM OsType names', () => {
  it('names a value both numberings agree on without asking the descriptor', () => {
    expect(cimOsName(94)).toEqual({ name: 'Ubuntu 64-bit', reading: 'agreed' });
    expect(cimOsName(103)).toEqual({ name: 'Windows Server 2008 R2', reading: 'agreed' });
  });

  it('reads 112, which only the positional numbering has, as Windows Server 2012', () => {
    expect(cimOsName(112)).toEqual({ name: 'Windows Server 2012', reading: 'positional' });
  });

  it('reads 121, which only the DMTF map has, as Windows 10 64-bit', () => {
    expect(cimOsName(121)).toEqual({ name: 'Windows 10 64-bit', reading: 'dmtf' });
  });

  it('lets the Description settle 117: Windows Server 2016 by DMTF, Windows 8.1 64-bit by position', () => {
    expect(cimOsName(117, 'Microsoft Windows Server 2016 (64-bit)')).toEqual({ name: 'Windows Server 2016', reading: 'dmtf' });
    expect(cimOsName(117, 'Windows81_64')).toEqual({ name: 'Windows 8.1 64-bit', reading: 'positional' });
  });

  it('lets vmw:osType settle it: windows8Server64Guest makes 116 Windows Server 2012 R2 (DMTF) and 115 the same system by position', () => {
    expect(cimOsName(116, '', 'windows8Server64Guest')).toEqual({ name: 'Windows Server 2012 R2', reading: 'dmtf' });
    expect(cimOsName(115, '', 'windows8Server64Guest')).toEqual({ name: 'Windows Server 2012 R2', reading: 'positional' });
    expect(cimOsName(113, '', 'windows8Server64Guest')).toEqual({ name: 'Windows Server 2012', reading: 'dmtf' });
  });

  it('shows both readings when the descriptor does not say', () => {
    expect(cimOsName(117)).toEqual({
      name: 'Windows Server 2016 (DMTF numbering) or Windows 8.1 64-bit (VirtualBox numbering)',
      reading: 'ambiguous',
    });
  });

  it('shows an unnamed value by its number', () => {
    expect(cimOsName(250)).toEqual({ name: 'CIM OsType 250', reading: 'agreed' });
  });
});

describe("VirtualBox's reading of a DMTF number, for the exporter's warning", () => {
  it('names the other system for 113–120, says it knows no 121, and is silent where the tables agree', () => {
    expect(virtualBoxName(113)).toBe('Windows 8');
    expect(virtualBoxName(116)).toBe('Windows 8.1');
    expect(virtualBoxName(117)).toBe('Windows 8.1 64-bit');
    expect(virtualBoxName(121)).toBe('no type it knows (Other)');
    expect(virtualBoxName(103)).toBeUndefined();
    expect(virtualBoxName(112)).toBeUndefined();
  });
});
