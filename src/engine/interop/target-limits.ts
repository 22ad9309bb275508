/**
 * Per-VM maximums of the Hyper-V release the estate moves to. Generation 2
 * figures per release from Microsoft's scalability page
 * (ms-hyperv-scalability-ws; 2016 and 2019 also ms-hyperv-scalability-2016-2019,
 * where 2019 reads 240 virtual processors, the lower of the two versions of
 * the page). Generation 1: 64 virtual processors and 1 TB, as listed for
 * 2016 and 2019 (ms-hyperv-scalability-2016-2019) and, for the processors,
 * restated for 2022 and 2025 guests (ms-supported-windows-guests). Microsoft's
 * "TB" is read as TiB, as Hyper-V's own memory sizes are binary.
 */
import { MiB, TiB } from '../units.ts';

export const targetVersionOptions = [
  { value: 'ws2025', label: 'Windows Server 2025' },
  { value: 'ws2022', label: 'Windows Server 2022' },
  { value: 'ws2019', label: 'Windows Server 2019' },
  { value: 'ws2016', label: 'Windows Server 2016' },
] as const;

export type TargetVersion = (typeof targetVersionOptions)[number]['value'];

interface VmLimits {
  vcpus: number;
  memoryMiB: number;
}

const tib = (n: number): number => (n * TiB) / MiB;
const GEN1: VmLimits = { vcpus: 64, memoryMiB: tib(1) };

export const TARGET_LIMITS: Record<TargetVersion, { gen1: VmLimits; gen2: VmLimits }> = {
  ws2025: { gen1: GEN1, gen2: { vcpus: 2048, memoryMiB: tib(240) } },
  ws2022: { gen1: GEN1, gen2: { vcpus: 1024, memoryMiB: tib(240) } },
  ws2019: { gen1: GEN1, gen2: { vcpus: 240, memoryMiB: tib(12) } },
  ws2016: { gen1: GEN1, gen2: { vcpus: 240, memoryMiB: tib(12) } },
};

export const TARGET_LIMIT_SOURCES = ['ms-hyperv-scalability-ws', 'ms-hyperv-scalability-2016-2019', 'ms-supported-windows-guests'];
