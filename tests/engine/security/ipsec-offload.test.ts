/**
 * ipsec-offload against documented rules and hand arithmetic.
 * Rules: rfc4301 (an SA is one-way: two per protected peer);
 * ms-set-vmnetworkadapter (IPsecOffloadMaximumSecurityAssociation caps a vNIC,
 * 0 disables); ms-msvm-port-offload-settings (default 512); the NIC's
 * SaOffloadCapacity caps the total (ms-ndis-ipsec-offload-v2).
 * Cycles per byte (published): openssl-aesni-gcm-x86_64 1.0 (AES-128-GCM,
 * Haswell); openssl-aesni-sha1-x86_64 4.55 (AES-128-CBC+SHA1 stitched,
 * Haswell); openssl-aes-sha1-x86_64-tables 14.5 + 6.05 = 20.55 (Core 2, no
 * AES-NI); drucker-gueron-krasnov-2018 about 23 (AES-GCM before AES-NI).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine/evaluate.ts';
import { ipsecOffload } from '../../../src/engine/security/ipsec-offload.ts';
import { resultOf } from '../../helpers/evaluate.ts';

const run = (input: Record<string, unknown>) => resultOf(ipsecOffload, input);

describe('ipsec-offload SA budget (hand-computed)', () => {
  it('default scenario: 150, 300, 80 peers; limits 512, 512, 0; NIC 1024', () => {
    const r = run({});
    // Required: 2×150 = 300, 2×300 = 600, 2×80 = 160 → 1060.
    expect(r.vms.map((v) => v.requiredSas)).toEqual([300, 600, 160]);
    expect(r.requiredSas).toBe(1060);
    // Wanted: min(300,512) = 300, min(600,512) = 512, 0 (disabled) → 812 ≤ 1024, all granted.
    expect(r.vms.map((v) => v.offloadedSas)).toEqual([300, 512, 0]);
    expect(r.offloadedSas).toBe(812);
    expect(r.softwareVms).toEqual(['WEB01', 'FILE01']);
    expect(r.vms.map((v) => v.status)).toEqual(['offloaded', 'partial', 'disabled']);
  });

  it('NIC capacity caps the total: three VMs wanting 512 each on a 1024-SA NIC get 512, 512, 0', () => {
    const vms = ['A', 'B', 'C'].map((name) => ({ name, peers: 256, maxSa: 512 }));
    const r = run({ vms, nicSaCapacity: 1024 });
    expect(r.vms.map((v) => v.offloadedSas)).toEqual([512, 512, 0]);
    expect(r.offloadedSas).toBe(1024);
    expect(r.vms[2]!.status).toBe('software');
    expect(r.warnings.some((w) => w.includes('1536 SAs but the NIC holds 1024'))).toBe(true);
  });

  it('maxSa 0 disables offload for that VM (ms-set-vmnetworkadapter)', () => {
    const r = run({ vms: [{ name: 'X', peers: 10, maxSa: 0 }] });
    expect(r.vms[0]!.offloadedSas).toBe(0);
    expect(r.vms[0]!.powershell).toBe("Set-VMNetworkAdapter -VMName 'X' -IPsecOffloadMaximumSecurityAssociation 0");
  });

  it('a VM without maxSa gets the Hyper-V default of 512 (ms-msvm-port-offload-settings)', () => {
    const r = run({ vms: [{ name: 'X', peers: 1000 }] });
    expect(r.vms[0]!.maxSa).toBe(512);
    expect(r.vms[0]!.offloadedSas).toBe(512);
  });

  it('PowerShell quotes VM names safely', () => {
    const r = run({ vms: [{ name: "O'Brien web", peers: 1, maxSa: 4 }] });
    expect(r.powershell).toBe("Set-VMNetworkAdapter -VMName 'O''Brien web' -IPsecOffloadMaximumSecurityAssociation 4");
  });
});

describe('ipsec-offload CPU cost (published cycles/byte, hand arithmetic)', () => {
  const one = [{ name: 'A', peers: 10, maxSa: 0 }];
  it('10 Gbps AES-GCM with AES-NI at 2.5 GHz: 1.25e9 B/s × 1.0 / 2.5e9 = 0.5 cores', () => {
    const r = run({ vms: one, encryptedGbps: 10, cipher: 'aes-gcm', aesNi: true, cpuGHz: 2.5 });
    expect(r.cyclesPerByte).toBe(1.0);
    expect(r.coresWithoutOffload).toBeCloseTo(0.5, 6);
  });
  it('10 Gbps AES-CBC+SHA1 without AES-NI at 2.5 GHz: 1.25e9 × 20.55 / 2.5e9 = 10.275 cores', () => {
    const r = run({ vms: one, encryptedGbps: 10, cipher: 'aes-cbc-sha1', aesNi: false, cpuGHz: 2.5 });
    expect(r.cyclesPerByte).toBe(20.55);
    expect(r.coresWithoutOffload).toBeCloseTo(10.275, 3);
  });
  it('10 Gbps AES-CBC+SHA1 with AES-NI at 3.0 GHz: 1.25e9 × 4.55 / 3e9 = 1.896 cores', () => {
    const r = run({ vms: one, encryptedGbps: 10, cipher: 'aes-cbc-sha1', aesNi: true, cpuGHz: 3 });
    expect(r.coresWithoutOffload).toBeCloseTo(1.896, 3);
  });
  it('40 Gbps AES-GCM without AES-NI at 2 GHz: 5e9 × 23 / 2e9 = 57.5 cores', () => {
    const r = run({ vms: one, encryptedGbps: 40, cipher: 'aes-gcm', aesNi: false, cpuGHz: 2 });
    expect(r.coresWithoutOffload).toBeCloseTo(57.5, 3);
  });
  it('cores saved follow the offloaded share: default scenario 812/1060 of 0.5 cores = 0.383', () => {
    const r = run({});
    expect(r.coresSaved).toBeCloseTo((0.5 * 812) / 1060, 3);
  });
});

describe('ipsec-offload properties', () => {
  const vm = fc.record({
    name: fc.string({ minLength: 1, maxLength: 8 }).filter((s) => /^[A-Za-z0-9]+$/.test(s)),
    peers: fc.integer({ min: 0, max: 5000 }),
    maxSa: fc.integer({ min: 0, max: 4096 }),
  });
  const vms = fc.uniqueArray(vm, { minLength: 0, maxLength: 12, selector: (v) => v.name.toLowerCase() });
  const scenario = fc.record({
    vms,
    nicSaCapacity: fc.integer({ min: 0, max: 20000 }),
    encryptedGbps: fc.double({ min: 0, max: 800, noNaN: true }),
    cipher: fc.constantFrom('aes-gcm', 'aes-cbc-sha1'),
    aesNi: fc.boolean(),
    cpuGHz: fc.double({ min: 0.5, max: 6, noNaN: true }),
  });

  it('offloaded SAs: per VM ≤ demand and ≤ cap, 0 when disabled, total ≤ NIC capacity; SAs conserved', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const r = run(s);
        for (const [k, row] of r.vms.entries()) {
          const input = s.vms[k]!;
          expect(row.requiredSas).toBe(2 * input.peers);
          expect(row.offloadedSas).toBeLessThanOrEqual(row.requiredSas);
          expect(row.offloadedSas).toBeLessThanOrEqual(input.maxSa);
          if (input.maxSa === 0) expect(row.offloadedSas).toBe(0);
          expect(row.offloadedSas + row.softwareSas).toBe(row.requiredSas);
        }
        expect(r.offloadedSas).toBeLessThanOrEqual(s.nicSaCapacity);
        expect(r.coresSaved).toBeLessThanOrEqual(r.coresWithoutOffload + 1e-9);
        expect(r.coresSaved).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 400 },
    );
  });

  it('a bigger NIC never offloads fewer SAs', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 0, max: 5000 }), (s, extra) => {
        expect(run({ ...s, nicSaCapacity: s.nicSaCapacity + extra }).offloadedSas).toBeGreaterThanOrEqual(run(s).offloadedSas);
      }),
      { numRuns: 200 },
    );
  });

  it('AES-NI never costs more cores than no AES-NI', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const withNi = run({ ...s, aesNi: true }).coresWithoutOffload;
        const without = run({ ...s, aesNi: false }).coresWithoutOffload;
        expect(withNi).toBeLessThanOrEqual(without);
      }),
      { numRuns: 200 },
    );
  });
});

describe('ipsec-offload refuses bad input by field', () => {
  it.each([
    [{ vms: [{ name: 'A', peers: -1 }] }, 'vms[0].peers'],
    [{ vms: [{ name: 'A', peers: 1, maxSa: 1.5 }] }, 'vms[0].maxSa'],
    [{ vms: [{ name: 'A' }, { name: 'a' }] }, 'vms[1].name'],
    [{ vms: [{ name: '  ' }] }, 'vms[0].name'],
    [{ cpuGHz: 0 }, 'cpuGHz'],
    [{ cipher: 'rc4' }, 'cipher'],
  ])('%j → %s', (input, field) => {
    const outcome = evaluate(ipsecOffload, input);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.issues.map((i) => i.field)).toContain(field);
  });
});
