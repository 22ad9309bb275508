/**
 * The conversion plan for one inspected system: qemu-img lines for disks
 * Hyper-V cannot read (qemu-img names VHD "vpc"; source: qemu-img),
 * Convert-VHD for VHD → VHDX (ms-convert-vhd), then the PowerShell that
 * builds the VM (New-VM -Generation, Add-VMHardDiskDrive,
 * Add-VMNetworkAdapter…). Every name from the descriptor is quoted so that a
 * hostile descriptor cannot inject commands into the script.
 */
import type { DiskFormat, InspectSystem } from './hyperv-mapping.ts';

/** PowerShell single-quoted literal; PowerShell also treats typographic quotes as quotes. */
export function psQuote(text: string): string {
  const clean = text.replace(/[\u0000-\u001f\u007f]/g, ' ');
  return `'${clean.replace(/['\u2018\u2019\u201a\u201b]/g, (q) => q + q)}'`;
}

const QEMU_FORMAT: Record<DiskFormat, string> = {
  vmdk: 'vmdk',
  vhd: 'vpc',
  vhdx: 'vhdx',
  qcow2: 'qcow2',
  vdi: 'vdi',
  raw: 'raw',
  iso: 'raw',
  unknown: '',
};

export interface SystemPlan {
  qemuImg: string[];
  powershell: string[];
}

export function planSystem(sys: InspectSystem): SystemPlan {
  const qemuImg: string[] = [];
  const ps: string[] = [];
  const vm = psQuote(sys.name);
  ps.push(`# ${sys.name.replace(/[\r\n]/g, ' ')}: Generation ${sys.recommendedGeneration}, ${sys.cpus} vCPU, ${sys.memoryMiB} MiB`);
  ps.push(`$vmName = ${vm}`);
  ps.push(`$vmPath = 'D:\\Hyper-V'   # where the VM and its disks will live; change to suit`);
  ps.push(`$diskPath = Join-Path $vmPath $vmName`);
  ps.push(`New-Item -ItemType Directory -Force -Path $diskPath | Out-Null`);

  for (const d of sys.disks) {
    if (d.target.drive !== 'hard-disk' || d.blank) continue;
    const source = d.fileName;
    if (d.compression) ps.push(`# ${psQuote(source)} is ${d.compression}-compressed: decompress it first (for example 7-Zip or gzip -d).`);
    if (!d.needsConversion) continue;
    if (d.format === 'vhd') {
      ps.push(
        `Convert-VHD -Path (Join-Path $diskPath ${psQuote(source)}) -DestinationPath (Join-Path $diskPath ${psQuote(d.targetFileName)}) -VHDType Dynamic`,
      );
      continue;
    }
    const from = QEMU_FORMAT[d.format];
    qemuImg.push(`qemu-img convert -p ${from ? `-f ${from} ` : ''}-O vhdx -o subformat=dynamic ${psQuote(source)} ${psQuote(d.targetFileName)}`);
  }
  if (qemuImg.length > 0) ps.push(`# Run the qemu-img lines first and put the .vhdx files in $diskPath.`);

  ps.push(`New-VM -Name $vmName -Generation ${sys.recommendedGeneration} -MemoryStartupBytes ${Math.max(32, Math.ceil(sys.memoryMiB))}MB -NoVHD -Path $vmPath`);
  ps.push(`Set-VMProcessor -VMName $vmName -Count ${sys.cpus}`);
  if (sys.recommendedGeneration === 2 && (sys.os.family === 'linux' || sys.os.family === 'bsd')) {
    ps.push(`Set-VMFirmware -VMName $vmName -SecureBootTemplate MicrosoftUEFICertificateAuthority`);
  }
  const scsiControllers = new Set(sys.disks.filter((d) => d.target.controllerType === 'SCSI').map((d) => d.target.controllerNumber));
  for (const n of [...scsiControllers].sort((a, b) => a - b)) {
    // New-VM gives a Generation 2 VM one SCSI controller; add any further ones (and Gen 1's first).
    if (n === 0 && sys.recommendedGeneration === 2) continue;
    ps.push(`if (@(Get-VMScsiController -VMName $vmName).Count -le ${n}) { Add-VMScsiController -VMName $vmName }`);
  }
  for (const d of sys.disks) {
    const where = `-ControllerType ${d.target.controllerType} -ControllerNumber ${d.target.controllerNumber} -ControllerLocation ${d.target.controllerLocation}`;
    if (d.target.drive === 'dvd') {
      const iso = `-Path (Join-Path $diskPath ${psQuote(d.fileName)})`;
      // The DVD cmdlets have no -ControllerType: a DVD drive goes on the VM's IDE (Gen 1) or SCSI (Gen 2) controllers (ms-add-vmdvddrive).
      const at = `-ControllerNumber ${d.target.controllerNumber} -ControllerLocation ${d.target.controllerLocation}`;
      if (d.target.controllerType === 'IDE') {
        // New-VM gives a Generation 1 VM an empty DVD drive on IDE 1:0; reuse it rather than collide with it.
        ps.push(
          `if (Get-VMDvdDrive -VMName $vmName ${at} -ErrorAction SilentlyContinue) { Set-VMDvdDrive -VMName $vmName ${at} ${iso} } else { Add-VMDvdDrive -VMName $vmName ${at} ${iso} }`,
        );
      } else {
        ps.push(`Add-VMDvdDrive -VMName $vmName ${at} ${iso}`);
      }
      continue;
    }
    if (d.blank) {
      ps.push(`New-VHD -Path (Join-Path $diskPath ${psQuote(d.targetFileName)}) -SizeBytes ${d.capacityBytes} -Dynamic | Out-Null`);
    }
    ps.push(`Add-VMHardDiskDrive -VMName $vmName ${where} -Path (Join-Path $diskPath ${psQuote(d.targetFileName)})`);
  }
  const boot = sys.disks.find((d) => d.boot);
  if (boot && sys.recommendedGeneration === 2) {
    ps.push(
      `Set-VMFirmware -VMName $vmName -FirstBootDevice (Get-VMHardDiskDrive -VMName $vmName -ControllerType SCSI -ControllerNumber ${boot.target.controllerNumber} -ControllerLocation ${boot.target.controllerLocation})`,
    );
  }
  ps.push(`Get-VMNetworkAdapter -VMName $vmName | Remove-VMNetworkAdapter   # New-VM adds one unconnected adapter`);
  sys.nics.forEach((n, i) => {
    const sw = n.network ? psQuote(n.network) : `'<virtual switch>'`;
    ps.push(
      `Add-VMNetworkAdapter -VMName $vmName -Name ${psQuote(`nic${i + 1}`)} -SwitchName ${sw}   # OVF network ${n.network ? psQuote(n.network) : '(none)'}: use your switch's name`,
    );
    const mac = n.macAddress.replace(/[^0-9a-fA-F]/g, '');
    if (mac.length === 12) {
      ps.push(
        `# Set-VMNetworkAdapter -VMName $vmName -Name ${psQuote(`nic${i + 1}`)} -StaticMacAddress '${mac.toUpperCase()}'   # keep the MAC the descriptor fixes`,
      );
    }
  });
  ps.push(`Get-VMIntegrationService -VMName $vmName | Where-Object { -not $_.Enabled } | Enable-VMIntegrationService`);
  return { qemuImg, powershell: ps };
}
