/** Messages between the estate planner island and its Web Worker (vmware-estate.worker.ts). */
import type { Inventory } from '../../engine/interop/rvtools-inventory.ts';

export interface EstateJob {
  id: number;
  name: string;
  bytes: ArrayBuffer;
}

export type EstateReply = { id: number; ok: true; inventory: Inventory; ms: number } | { id: number; ok: false; message: string };
