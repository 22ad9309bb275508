/** The IOPS each VM is sized for: the IOPS target, or more when the throughput target needs more at the I/O size. */
import { KiB, MB } from '../../units.ts';
import type { IoMix } from '../write-penalty.ts';

export interface ScenarioLoad {
  mix: IoMix;
  /** max(IOPS target, throughput target / I/O size). */
  sizedIopsPerVm: number;
  sizedForThroughput: boolean;
  /** Throughput the IOPS target alone gives at this I/O size, decimal MB/s. */
  impliedThroughputMBpsPerVm: number;
  /** IOPS all the VMs need together: what the SAN tier carries. */
  requiredIops: number;
}

export function scenarioLoad(input: {
  hosts: number;
  targetIopsPerVm: number;
  targetThroughputMBpsPerVm: number;
  readPercent: number;
  ioSizeKiB: number;
}): ScenarioLoad {
  const ioBytes = input.ioSizeKiB * KiB;
  const iopsForThroughput = (input.targetThroughputMBpsPerVm * MB) / ioBytes;
  const sizedIopsPerVm = Math.max(input.targetIopsPerVm, iopsForThroughput);
  return {
    mix: { readFraction: input.readPercent / 100, readHitFraction: 0, writeHitFraction: 0 },
    sizedIopsPerVm,
    sizedForThroughput: iopsForThroughput > input.targetIopsPerVm,
    impliedThroughputMBpsPerVm: (input.targetIopsPerVm * ioBytes) / MB,
    requiredIops: sizedIopsPerVm * input.hosts,
  };
}
