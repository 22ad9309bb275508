/**
 * The PowerShell that builds the package: export the VM, convert each disk to
 * the format its name asks for, write the manifest with the digest the OVF
 * version uses (manifest.ts), and tar the OVA with pax records where needed,
 * never ustar, which stops at 8 GiB − 1 byte (gnu-tar-large-values,
 * libarchive-formats).
 */
import type { ManifestChoice } from '../manifest.ts';
import { psQuote } from '../plan.ts';
import type { ExportedDisk } from './disk-files.ts';
import type { PackageFiles } from './package-files.ts';

export function packagingScript(
  input: { name: string; ovfVersion: string },
  base: string,
  files: PackageFiles,
  disks: readonly ExportedDisk[],
  manifest: ManifestChoice,
): string {
  const ps: string[] = [];
  ps.push(`# Package ${psQuote(input.name)} as OVF/OVA. Run in the folder holding the exported VHDX files.`);
  ps.push(`# 1. Export the VM from Hyper-V (VM off), then convert each disk to the format its name asks for:`);
  ps.push(`Export-VM -Name ${psQuote(input.name)} -Path '.\\export'`);
  for (const d of disks) {
    const stem = d.fileName.replace(/\.(vhdx|vhd|vmdk)$/i, '');
    if (d.format === 'vmdk') ps.push(`qemu-img convert -p -f vhdx -O vmdk -o subformat=streamOptimized ${psQuote(`${stem}.vhdx`)} ${psQuote(d.fileName)}`);
    else if (d.format === 'vhd') ps.push(`Convert-VHD -Path ${psQuote(`${stem}.vhdx`)} -DestinationPath ${psQuote(d.fileName)}`);
    else ps.push(`# ${d.fileName}: copy the VHDX as is`);
  }
  const alg = manifest.algorithm;
  ps.push(
    `# 2. Save the descriptor as ${psQuote(files.descriptorFileName)}, then write the manifest (${manifest.webCrypto} of every file, lower-case hex; OVF ${input.ovfVersion} uses ${manifest.webCrypto}):`,
  );
  ps.push(
    `${files.hashedFiles.map(psQuote).join(', ')} | ForEach-Object { "${alg}($_)= " + (Get-FileHash -Algorithm ${alg} -LiteralPath $_).Hash.ToLower() } | Set-Content -Encoding ascii ${psQuote(files.manifestFileName)}`,
  );
  ps.push(`# 3. Optional: one .ova file, descriptor first, then the manifest, then the disks in References order.`);
  ps.push(
    `#    Not the ustar format: it cannot hold a file of 8 GiB or more. bsdtar's default (restricted pax) adds a pax size record only where one is needed; with GNU tar add --format=posix.`,
  );
  ps.push(`tar -cf ${psQuote(`${base}.ova`)} ${files.ovaOrder.map(psQuote).join(' ')}`);
  return ps.join('\n');
}
