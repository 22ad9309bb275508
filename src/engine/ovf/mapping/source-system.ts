/**
 * What the descriptor says about where the VM comes from: the exporting
 * platform and the firmware, hence the Hyper-V generation (UEFI → Generation
 * 2, BIOS → Generation 1; source: ms-hyperv-generation-1-or-2).
 */
import { ResourceType } from '../cim.ts';
import type { RawSystem } from '../read-descriptor.ts';
import { resourceType } from './rasd.ts';
import type { Generation, SourcePlatform } from './types.ts';

export function sourcePlatform(sys: RawSystem): SourcePlatform {
  const types = sys.virtualSystemTypes.join(' ').toLowerCase();
  if (/vmx-|vmware/.test(types) || sys.vendorConfig.length > 0 || sys.vmwOsType) return 'vmware';
  if (/virtualbox/.test(types) || sys.hasVboxMachine) return 'virtualbox';
  if (/xen|hvm-/.test(types)) return 'xen';
  if (/kvm|qemu/.test(types)) return 'kvm';
  if (/hyper-?v|microsoft/.test(types)) return 'hyper-v';
  return 'unknown';
}

export function firmwareOf(sys: RawSystem): 'bios' | 'efi' {
  for (const c of sys.vendorConfig) {
    const k = c.key.toLowerCase();
    if (k === 'firmware' || k === 'uefi.enabled' || k === 'efi') {
      if (/efi/i.test(c.value) || c.value.toLowerCase() === 'true') return 'efi';
    }
  }
  if (sys.vboxFirmware && /efi/i.test(sys.vboxFirmware)) return 'efi';
  // Xen writes HVM boot parameters such as firmware=uefi into its own elements or items.
  if (/firmware\s*[=:]\s*"?u?efi/i.test(sys.vendorHardwareText)) return 'efi';
  for (const it of sys.items) {
    const text = Object.values(it.props).flat().join(' ').toLowerCase();
    if (/firmware\s*=\s*uefi|\buefi\b/.test(text) && resourceType(it) !== ResourceType.ethernetAdapter) return 'efi';
  }
  return 'bios';
}

export const generationFor = (firmware: 'bios' | 'efi'): Generation => (firmware === 'efi' ? 2 : 1);
