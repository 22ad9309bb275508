/**
 * The VMware estate planner: an RVTools export in, what moving that estate to
 * Hyper-V takes out. The workbook is read in `prepare` (rvtools-read.ts, with
 * the bounded .xlsx reader of src/engine/xlsx), a workbook that is not a
 * consistent RVTools export is refused in `check`, and `compute` plans it
 * (estate-plan.ts, through estate-schema.ts). The `export` field carries the
 * file's bytes in base64 (a binary field: on the CLI, `@path` reads the file).
 */
import { defineModel } from '../model.ts';
import { estateResult, inconsistencyMessage, vmwareEstateSchema, type VmwareEstateResult } from './estate-schema.ts';
import { readRvtools, type InventoryRead } from './rvtools-read.ts';

export { vmwareEstateSchema, type VmwareEstateResult } from './estate-schema.ts';

type EstateRead = { kind: 'none' } | InventoryRead;

function decodeBase64(text: string): Uint8Array | undefined {
  try {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return undefined;
  }
}

function readExport(base64: string, fileName: string): EstateRead {
  if (base64 === '') return { kind: 'none' };
  const bytes = decodeBase64(base64);
  if (!bytes) return { ok: false, message: 'The export is not base64 (give the file as @path on the CLI).' };
  return readRvtools(bytes, fileName || 'The export');
}

export const vmwareEstate = defineModel({
  id: 'vmware-estate',
  title: 'VMware estate to Hyper-V planner (RVTools)',
  summary:
    'What moving a vSphere estate to Hyper-V takes, read from an RVTools export: totals, generation, disks and NICs per VM, blockers, hosts, storage and copy waves.',
  schema: vmwareEstateSchema,
  prepare: (input) => readExport(input.export, input.fileName),
  check: (_input, read) => {
    if ('kind' in read) return [];
    if (!read.ok) return [{ field: 'export', message: read.message }];
    const inconsistent = inconsistencyMessage(read.inventory);
    return inconsistent ? [{ field: 'export', message: inconsistent }] : [];
  },
  compute: (input, read): VmwareEstateResult => estateResult('kind' in read || !read.ok ? undefined : read.inventory, input),
});
