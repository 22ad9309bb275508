/**
 * The estate planner's Web Worker: the RVTools export is unzipped and read
 * here (rvtools-read.ts and the bounded .xlsx reader), off the page's main
 * thread, so a large or hostile workbook never freezes the page and the
 * reader's code is loaded only when a file is chosen. It answers with the
 * inventory (plain data) or why the file was refused; the island plans it.
 */
/// <reference lib="webworker" />
import { readRvtools } from '../../engine/interop/rvtools-read.ts';
import { inconsistencyMessage } from '../../engine/interop/estate-schema.ts';
import type { EstateJob, EstateReply } from './vmware-estate-protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<EstateJob>) => {
  const { id, name, bytes } = event.data;
  let reply: EstateReply;
  try {
    const started = performance.now();
    const read = readRvtools(new Uint8Array(bytes), name);
    const ms = performance.now() - started;
    if (!read.ok) reply = { id, ok: false, message: read.message };
    else {
      const inconsistent = inconsistencyMessage(read.inventory);
      reply = inconsistent ? { id, ok: false, message: inconsistent } : { id, ok: true, inventory: read.inventory, ms };
    }
  } catch (error) {
    reply = { id, ok: false, message: `${name} could not be read: ${error instanceof Error ? error.message : String(error)}` };
  }
  scope.postMessage(reply);
};
