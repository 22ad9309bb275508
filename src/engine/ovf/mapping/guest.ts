/**
 * What the reader does about the guest: the generation to create (and
 * Secure Boot for Linux/BSD on Gen 2), and the guest tools to remove or
 * check (sources: ms-hyperv-generation-1-or-2, ms-get-vmintegrationservice,
 * ms-linux-freebsd-vms-on-hyperv).
 */
import type { OsFamily } from '../cim-os.ts';
import { finding, GEN, type Finding, type Generation, type SourcePlatform } from './types.ts';

export function generationFindings(generation: Generation, family: OsFamily): Finding[] {
  if (generation === 1) {
    return [
      finding(
        'info',
        'BIOS firmware: create a Generation 1 VM with the boot disk on IDE 0:0 (the generation cannot be changed later; Gen 2 would need the guest converted to UEFI boot first).',
        [GEN],
      ),
    ];
  }
  const findings = [finding('info', 'UEFI firmware: create a Generation 2 VM and boot from the first SCSI disk.', [GEN])];
  if (family === 'linux' || family === 'bsd') {
    findings.push(
      finding('info', 'Linux/BSD on Generation 2 with Secure Boot needs the Microsoft UEFI Certificate Authority template (or Secure Boot off).', [GEN]),
    );
  }
  return findings;
}

/** The source platform's tools to remove before the move. */
const TOOLS_TO_REMOVE: Partial<Record<SourcePlatform, string>> = {
  vmware: 'uninstall VMware Tools before export (they will not uninstall cleanly once the VMware devices are gone)',
  virtualbox: 'uninstall the VirtualBox Guest Additions',
  xen: 'remove the XenServer VM Tools / PV drivers',
  kvm: 'the virtio drivers can stay but Hyper-V will not use them',
};

export function guestToolsFinding(platform: SourcePlatform, family: OsFamily): Finding {
  const toolsStep = TOOLS_TO_REMOVE[platform];
  const integration =
    family === 'windows'
      ? 'in Windows the Hyper-V integration components come with the OS; check them with Get-VMIntegrationService after first boot'
      : family === 'linux' || family === 'bsd'
        ? 'Linux and FreeBSD carry the Hyper-V drivers (LIS/BIS: hv_vmbus, hv_storvsc, hv_netvsc) in current kernels; make sure the initramfs includes hv_storvsc before the move or the root disk will not be found'
        : 'check that the guest has Hyper-V drivers (integration services)';
  return finding('info', `Guest tools: ${toolsStep ? `${toolsStep}; ` : ''}${integration}.`, ['ms-get-vmintegrationservice', 'ms-linux-freebsd-vms-on-hyperv']);
}
