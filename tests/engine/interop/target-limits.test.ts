/**
 * The estate planner's per-VM maximums (target-limits.ts) and the comparison
 * data (src/content/compare/features.json) both state Hyper-V's Generation 2
 * maximums per release, each from Microsoft's scalability pages. They are kept
 * apart so the planner does not bundle the comparison data; this test keeps
 * them from drifting: a correction to one must be made to the other.
 */
import { describe, expect, it } from 'vitest';
import { featureById } from '../../../src/engine/compare/matrix-data.ts';
import { TARGET_LIMITS, type TargetVersion } from '../../../src/engine/interop/target-limits.ts';

const PLATFORM: Record<TargetVersion, string> = { ws2016: 'hyper-v-2016', ws2019: 'hyper-v-2019', ws2022: 'hyper-v-2022', ws2025: 'hyper-v-2025' };

function compared(featureId: string, platform: string): unknown {
  const cell = featureById.get(featureId)?.values[platform];
  return typeof cell === 'object' && cell !== null && 'value' in cell ? cell.value : cell;
}

describe('target limits agree with the comparison data', () => {
  for (const [version, platform] of Object.entries(PLATFORM) as [TargetVersion, string][]) {
    it(`${version}: Generation 2 virtual processors and memory`, () => {
      expect(TARGET_LIMITS[version].gen2.vcpus).toBe(compared('max-vm-vcpus', platform));
      // features.json gives memory in GiB; the planner in MiB.
      expect(TARGET_LIMITS[version].gen2.memoryMiB).toBe(Number(compared('max-vm-memory', platform)) * 1024);
    });
  }
});
