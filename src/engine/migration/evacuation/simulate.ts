/** The drain run event by event: migrations start as slots free, share the bandwidth, and each VM's pre-copy is planned at what it gets. */
import { GiB, MB, bytesPerSecondToGbps, gbpsToBytesPerSecond, round3, roundTo } from '../../units.ts';
import { hostVersionTraits } from '../host-versions.ts';
import { compressionCores, framingEfficiency, memoryGbpsOver, smbNicGbps, tcpNetworkGbps } from '../link-rate.ts';
import { linkSetup, usesSmb } from '../link-fields.ts';
import { CLEANUP_SECONDS, SETUP_SECONDS, runPreCopy } from '../pre-copy.ts';
import type { DrainVm, HostEvacuationInput, ScheduleRow } from '../host-evacuation.ts';

interface Active {
  index: number;
  phase: 'setup' | 'transfer' | 'cleanup';
  phaseEnd: number;
  wireBytesLeft: number;
  wireBytes: number;
  start: number;
}

/**
 * Runs the drain of `vms` with up to `limit` migrations at once, from event to event,
 * and returns when it ends, each VM's row (in queue order), each VM's pre-copy plan
 * and the highest wire payload in use.
 */
export function simulateDrain(input: HostEvacuationInput, vms: readonly DrainVm[], limit: number) {
  const traits = hostVersionTraits[input.hostVersion];
  const setup = linkSetup(input);
  const smb = usesSmb(input);
  // Memory bytes per wire byte: the compression ratio while compression has cores to run on.
  const gain = input.transport === 'compression' && compressionCores(setup) > 0 ? Math.max(1, input.compressionRatio) : 1;
  const lineWire = input.linkGbps * framingEfficiency(input.jumboFrames);

  /**
   * Wire payload Gbps each of `k` transferring migrations gets (k ≥ 1). They all share one pool:
   * under TCP and compression the first network (and its team members), under SMB every network;
   * compressed migrations also share the host's spare cores.
   */
  const shareGbps = (k: number): number => {
    const wirePool = smb ? input.networks * smbNicGbps(setup) : tcpNetworkGbps(setup, k);
    const uncompressedShare = wirePool / k;
    const modelled = input.transport === 'compression' ? memoryGbpsOver(setup, wirePool) / k / gain : uncompressedShare;
    if (input.effectiveGbps === undefined) return modelled;
    const capacity = (smb ? input.networks : 1) * input.teamMembers * lineWire;
    return Math.min(input.effectiveGbps / gain, capacity / k);
  };

  const plans = new Map<number, ReturnType<typeof runPreCopy>>();
  const rows: (ScheduleRow | undefined)[] = new Array(vms.length);
  const active: Active[] = [];
  let next = 0;
  let clock = 0;
  let peakGbps = 0;

  const transferring = (): number => active.filter((a) => a.phase === 'transfer').length;
  const startQueued = () => {
    while (active.length < limit && next < vms.length) {
      active.push({ index: next, phase: 'setup', phaseEnd: clock + SETUP_SECONDS, wireBytesLeft: 0, wireBytes: 0, start: clock });
      next++;
    }
  };
  const beginTransfer = (a: Active) => {
    const vm = vms[a.index]!;
    const wire = shareGbps(transferring() + 1);
    const plan = runPreCopy({
      memoryBytes: vm.memoryGiB * GiB,
      dirtyBytesPerSecond: vm.dirtyRateMBps * MB,
      hotSetBytes: vm.hotSetGiB * GiB,
      rateBytesPerSecond: Math.max(1, gbpsToBytesPerSecond(wire * gain)),
      maxPasses: traits.maxPasses,
      idleMemoryFirst: traits.idleMemoryFirst,
    });
    plans.set(a.index, plan);
    a.phase = 'transfer';
    a.wireBytes = plan.transferredBytes / gain;
    a.wireBytesLeft = a.wireBytes;
  };

  startQueued();
  let guard = 0;
  while (active.length > 0 && guard++ < 10 * vms.length + 10) {
    // Wire rate of each transferring migration until the next event.
    const share = gbpsToBytesPerSecond(shareGbps(Math.max(1, transferring())));
    const rates = active.map((a) => (a.phase === 'transfer' ? share : 0));
    peakGbps = Math.max(peakGbps, bytesPerSecondToGbps(rates.reduce((s, r) => s + r, 0)));

    let dt = Number.POSITIVE_INFINITY;
    active.forEach((a, i) => {
      const until = a.phase === 'transfer' ? a.wireBytesLeft / Math.max(rates[i]!, 1) : a.phaseEnd - clock;
      dt = Math.min(dt, Math.max(0, until));
    });
    clock += dt;
    active.forEach((a, i) => {
      if (a.phase === 'transfer') a.wireBytesLeft -= rates[i]! * dt;
    });

    // Advance every migration whose phase has ended (transfer ends at its own pause and resume).
    for (const a of [...active]) {
      if (a.phase === 'setup' && a.phaseEnd <= clock + 1e-9) {
        beginTransfer(a);
      } else if (a.phase === 'transfer' && a.wireBytesLeft <= Math.max(1, 1e-9 * a.wireBytes)) {
        a.phase = 'cleanup';
        a.phaseEnd = clock + CLEANUP_SECONDS;
      } else if (a.phase === 'cleanup' && a.phaseEnd <= clock + 1e-9) {
        const vm = vms[a.index]!;
        const plan = plans.get(a.index)!;
        rows[a.index] = {
          vm: vm.name,
          startSeconds: roundTo(a.start, 1),
          endSeconds: roundTo(clock, 1),
          network: smb ? `all ${input.networks} (SMB)` : 'network 1',
          downtimeMs: round3(plan.downtimeSeconds * 1000),
          converged: plan.converged,
          transferredGiB: round3(plan.transferredBytes / GiB),
        };
        active.splice(active.indexOf(a), 1);
      }
    }
    startQueued();
  }
  return { clock, rows: rows.filter((r): r is ScheduleRow => r !== undefined), plans, peakGbps };
}
