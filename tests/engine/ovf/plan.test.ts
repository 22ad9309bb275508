/**
 * The plan quotes every name taken from a descriptor, so a hostile descriptor
 * cannot smuggle commands into the PowerShell it generates. PowerShell ends a
 * single-quoted string at ' and also at the typographic quotes ‘ ’ ‚ ‛, and
 * doubling any of them is the escape (PowerShell language specification,
 * verbatim string literals).
 */
import { describe, expect, it } from 'vitest';
import { psQuote } from '../../../src/engine/ovf/plan.ts';
import { fixture, inspect } from './helpers.ts';

describe('psQuote', () => {
  it('doubles straight and typographic single quotes and strips control characters', () => {
    expect(psQuote("it's")).toBe("'it''s'");
    expect(psQuote('a\u2019b')).toBe("'a\u2019\u2019b'");
    expect(psQuote('x\r\ny')).toBe("'x  y'");
  });
});

describe('plan from a hostile descriptor', () => {
  it('keeps an injected name inside one quoted literal', () => {
    const evil = "x'; Remove-Item C:\\ -Recurse; '";
    const d = fixture('vmware-ovftool-windows-bios.ovf')
      .replace('<Name>fileserver01</Name>', `<Name>${evil.replace(/'/g, '&apos;')}</Name>`)
      .replaceAll('PG-Servers-VLAN20', 'net&apos;$(whoami)');
    const s = inspect(d).systems[0];
    const ps = s?.plan.powershell ?? [];
    expect(ps).toContain(`$vmName = 'x''; Remove-Item C:\\ -Recurse; '''`);
    const nicLine = ps.find((l) => l.startsWith('Add-VMNetworkAdapter')) ?? '';
    expect(nicLine).toContain("-SwitchName 'net''$(whoami)'");
  });
});

describe('plan for an ISO', () => {
  it('places the DVD drive by controller number and location only: Add-VMDvdDrive has no -ControllerType (its parameter list in the Microsoft PowerShell reference, as in ../shared/powershell/cmdlets.json)', () => {
    // The OVF 2.0 fixture's ISO goes to IDE 1:0 on Generation 1.
    const ps = inspect(fixture('ovf2-kvm-storageitem.ovf')).systems[0]?.plan.powershell ?? [];
    const dvd = ps.filter((l) => l.includes('Add-VMDvdDrive'));
    expect(dvd).toHaveLength(1);
    expect(dvd[0]).toContain('Add-VMDvdDrive -VMName $vmName -ControllerNumber 1 -ControllerLocation 0');
    expect(ps.join('\n')).not.toMatch(/Add-VMDvdDrive[^}]*-ControllerType/);
  });
});
