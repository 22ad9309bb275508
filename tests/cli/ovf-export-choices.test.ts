/**
 * ovf-export's guest system and adapter type from a terminal: the flags give
 * the same descriptor as --input, --help lists the choices, and an unknown
 * choice exits 2 naming the field. The written values (117 and
 * windows9Server64Guest for Windows Server 2016, VmxNet3) are those the DMTF
 * value map and VMware's guest ids give (dmtf-cim-schema-2-51,
 * vmware-govmomi-ovf).
 */
import { describe, expect, it } from 'vitest';
import { calc } from './run-cli.ts';

describe('calc ovf-export --guestOs / --nicType', () => {
  it('flags and --input write the same descriptor with the chosen system and card', async () => {
    const viaFlags = await calc(['ovf-export', '--guestOs', 'windows-server-2016', '--nicType', 'VmxNet3']);
    const viaInput = await calc(['ovf-export', '--input', '{"guestOs":"windows-server-2016","nicType":"VmxNet3"}']);
    expect(viaFlags.code).toBe(0);
    expect(viaInput.stdout).toBe(viaFlags.stdout);
    const { descriptor } = JSON.parse(viaFlags.stdout) as { descriptor: string };
    expect(descriptor).toContain('<OperatingSystemSection ovf:id="117" vmw:osType="windows9Server64Guest">');
    expect(descriptor).toContain('<rasd:ResourceSubType>VmxNet3</rasd:ResourceSubType>');
  });

  it('--help lists both fields with their defaults', async () => {
    const { code, stdout } = await calc(['ovf-export', '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/--guestOs[\s\S]*default "unspecified"/);
    expect(stdout).toMatch(/--nicType[\s\S]*default "E1000"; one of: E1000 \| E1000e \| VmxNet3/);
  });

  it('an unknown system exits 2 naming guestOs, with nothing on stdout but the error', async () => {
    const { code, stdout } = await calc(['ovf-export', '--guestOs', 'windows-2022']);
    expect(code).toBe(2);
    const error = JSON.parse(stdout) as { issues: { field: string }[] };
    expect(error.issues.map((i) => i.field)).toEqual(['guestOs']);
  });
});
