/**
 * The files of the package and their order: the descriptor and manifest
 * named after the VM, the files the manifest hashes (descriptor, then disks),
 * and the OVA's member order, descriptor first, then manifest, then disks in
 * References order (dmtf-dsp0243).
 */
import type { ExportedDisk } from './disk-files.ts';

/** The package's base name: the VM name reduced to file-name-safe characters. */
export const packageBaseName = (name: string): string => name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|-+$/g, '') || 'vm';

/** 11 octal digits: the largest size a ustar header holds, 8 GiB − 1 byte (gnu-tar-large-values). */
export const USTAR_MAX_MEMBER_BYTES = 8 ** 11 - 1;

export interface PackageFiles {
  descriptorFileName: string;
  manifestFileName: string;
  /** Every file the manifest lists a digest for: the descriptor, then the disks. */
  hashedFiles: string[];
  /** The members of an .ova tar, in the order DSP0243 requires. */
  ovaOrder: string[];
}

export function packageFiles(base: string, disks: readonly ExportedDisk[]): PackageFiles {
  const descriptorFileName = `${base}.ovf`;
  const manifestFileName = `${base}.mf`;
  const diskFiles = disks.map((d) => d.fileName);
  return {
    descriptorFileName,
    manifestFileName,
    hashedFiles: [descriptorFileName, ...diskFiles],
    ovaOrder: [descriptorFileName, manifestFileName, ...diskFiles],
  };
}
