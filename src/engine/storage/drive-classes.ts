/**
 * Per-drive random IOPS presets. Each is a published figure the reader can
 * override with the drive's own datasheet or a measurement (`driveIops`).
 *
 * Hard disks: the low end of Wikipedia's typical ranges for random I/O
 * (7,200 rpm 75–100, 10,000 rpm 125–150, 15,000 rpm 175–210; wikipedia-iops),
 * low end because the write-penalty arithmetic is used to size, not to boast.
 * SSDs: 4 KiB random-read figures, which are higher than what the same drive
 * sustains for random writes, so a result for a write-heavy mix is optimistic.
 */

export type DriveClassId = 'nl-sas-7200' | 'sas-10k' | 'sas-15k' | 'sata-ssd' | 'sas-ssd' | 'nvme';

export interface DriveClass {
  id: DriveClassId;
  label: string;
  iops: number;
  solidState: boolean;
  /** What the figure is and where it comes from. */
  basis: string;
  sources: string[];
}

export const driveClasses: Readonly<Record<DriveClassId, DriveClass>> = {
  'nl-sas-7200': {
    id: 'nl-sas-7200',
    label: '7,200 rpm NL-SAS / SATA disk',
    iops: 75,
    solidState: false,
    basis: '7,200 rpm disks deliver about 75–100 random IOPS; the preset takes 75',
    sources: ['wikipedia-iops'],
  },
  'sas-10k': {
    id: 'sas-10k',
    label: '10,000 rpm SAS disk',
    iops: 125,
    solidState: false,
    basis: '10,000 rpm SAS disks deliver about 125–150 random IOPS; the preset takes 125',
    sources: ['wikipedia-iops'],
  },
  'sas-15k': {
    id: 'sas-15k',
    label: '15,000 rpm SAS disk',
    iops: 175,
    solidState: false,
    basis: '15,000 rpm SAS disks deliver about 175–210 random IOPS; the preset takes 175',
    sources: ['wikipedia-iops'],
  },
  'sata-ssd': {
    id: 'sata-ssd',
    label: 'SATA SSD (data-centre class)',
    iops: 75_000,
    solidState: true,
    basis: 'an Intel DC S3700 (SATA) tops out at just over 75,000 random 4 KiB reads per second, its rated figure',
    sources: ['myce-dc-s3700'],
  },
  'sas-ssd': {
    id: 'sas-ssd',
    label: 'SAS SSD',
    iops: 75_000,
    solidState: true,
    basis:
      'no SAS SSD datasheet was checked for this guide, so the preset reuses the SATA SSD read figure (75,000) as a floor; enter your drive\u2019s datasheet value',
    sources: ['myce-dc-s3700'],
  },
  nvme: {
    id: 'nvme',
    label: 'NVMe SSD',
    iops: 450_000,
    solidState: true,
    basis: 'an Intel DC P3700 (NVMe) is rated for at least 450,000 random 4 KB reads per second',
    sources: ['tomshw-dc-p3700'],
  },
};

export const driveClassIds = Object.keys(driveClasses) as DriveClassId[];

/** 75000 → "75,000" without depending on the runtime's locale data. */
export const groupThousands = (n: number): string => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

export const driveClassOptions = driveClassIds.map((id) => ({ value: id, label: `${driveClasses[id].label} (${groupThousands(driveClasses[id].iops)} IOPS)` }));
