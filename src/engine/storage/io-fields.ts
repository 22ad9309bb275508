/**
 * The workload fields both IOPS models ask for, described once: the share of
 * reads (which, with the layout's write penalty, sets the back-end load) and
 * the I/O size (which links IOPS to throughput). A model words its own help
 * where its reader needs different advice.
 */
export const ioFields = {
  readPercent: {
    kind: 'number',
    label: 'Reads',
    help: 'Share of front-end I/Os that are reads (the rest are writes). Perfmon: Disk Reads/sec against Disk Transfers/sec.',
    unit: '%',
    default: 70,
    min: 0,
    max: 100,
  },
  ioSizeKiB: {
    kind: 'number',
    label: 'I/O size',
    help: 'Average size of one I/O, for the throughput figure (SQL Server pages are 8 KiB). Perfmon: Avg. Disk Bytes/Transfer.',
    unit: 'KiB',
    default: 8,
    min: 0.5,
    max: 16_384,
  },
} as const;
