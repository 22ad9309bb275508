/**
 * Hyper-V virtual disk and controller limits used by both the inspector and
 * the exporter (kept apart so the exporter's island does not load the whole
 * inspector).
 */
import { GiB, TiB } from '../units.ts';

/** 2,088,960 MB ÷ 1024 = 2040 GiB (ms-vpc-vhd-size-limit). */
export const VHD_MAX_BYTES = 2040 * GiB;
/** 64 TB VHDX limit, read as TiB as Hyper-V's own tools size it (ms-vhdx-format-overview). */
export const VHDX_MAX_BYTES = 64 * TiB;
/** Generation 1 boots a VHDX of at most 2 TB (ms-hyperv-generation-1-or-2). */
export const GEN1_BOOT_VHDX_MAX_BYTES = 2 * TiB;
/** Devices per Hyper-V SCSI controller. */
export const SCSI_LOCATIONS = 64;
/** SCSI controllers per VM (ms-hyperv-scalability-2016-2019: 4 controllers, 256 disks = 4 × 64 locations). */
export const SCSI_CONTROLLERS = 4;
