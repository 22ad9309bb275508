/**
 * The OVF inspector's Web Worker: decoding, OVA reading, parsing, mapping and
 * the manifest check all happen here, off the page's main thread, so a huge
 * descriptor never freezes the tab. It reports its stage (and the parse's
 * progress) as it goes; the island cancels a job by terminating the worker.
 * All logic is the engine's; this file only sequences it.
 */
/// <reference lib="webworker" />
import { digestHex } from '../calculator/digest.ts';
import { decodeText } from '../../engine/decode-text.ts';
import { evaluate } from '../../engine/evaluate.ts';
import { parseManifestLine } from '../../engine/ovf/manifest.ts';
import { readOva } from '../../engine/ovf/ova.ts';
import { ovfInspect } from '../../engine/ovf/ovf-inspect.ts';
import type { InspectJob, InspectReply, InspectStage } from './ovf-inspect-protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const reply = (message: InspectReply): void => scope.postMessage(message);

function inspect(id: number, descriptor: string, deploymentOption: string) {
  const progress = (stage: InspectStage, fraction?: number) => reply({ id, kind: 'progress', stage, fraction });
  progress('parsing', 0);
  let last = 0;
  return evaluate(ovfInspect, { descriptor, deploymentOption }, {
    onProgress: (fraction) => {
      // Parsing is most of the work; report it in steps of 5 % at most.
      if (fraction - last >= 0.05 || fraction === 1) {
        last = fraction;
        progress(fraction === 1 ? 'mapping' : 'parsing', fraction);
      }
    },
  });
}

const refused = (field: string, message: string) => ({ ok: false as const, issues: [{ field, message }] });

async function runFile(job: InspectJob & { kind: 'file' }): Promise<InspectReply> {
  const { id, name } = job;
  const bytes = new Uint8Array(job.bytes);
  if (!job.ova) {
    reply({ id, kind: 'progress', stage: 'decoding' });
    const decoded = decodeText(bytes);
    if (!decoded.ok) {
      return { id, kind: 'done', outcome: refused('descriptor', `${name} ${decoded.message}`), fileStatus: `${name} ${decoded.message}` };
    }
    const outcome = inspect(id, decoded.text, job.deploymentOption);
    const encoding = decoded.encoding === 'utf-8' ? '' : ` (${decoded.encoding.toUpperCase()})`;
    return {
      id,
      kind: 'done',
      outcome,
      descriptor: decoded.text,
      fileStatus: outcome.ok ? `${name}${encoding}: read.` : `${name}${encoding}: read, but refused (see below).`,
    };
  }
  reply({ id, kind: 'progress', stage: 'reading the archive' });
  const ova = readOva(bytes);
  if (!ova.ok) return { id, kind: 'done', outcome: refused('descriptor', `${name}: ${ova.message}`), fileStatus: `${name}: ${ova.message}` };
  const outcome = inspect(id, ova.descriptor, job.deploymentOption);
  const seen = `${ova.entries.length} member${ova.entries.length === 1 ? '' : 's'} seen${ova.partial ? ' in the part read' : ''}`;
  const fileStatus = `${name}: read ${ova.descriptorName} (${seen})${outcome.ok ? '' : ', but it was refused (see below)'}.${ova.warnings.length ? ` ${ova.warnings.join(' ')}` : ''}`;

  let manifestStatus: string;
  const entry = ova.entries.find((e) => e.name === ova.descriptorName);
  if (!ova.manifest) manifestStatus = 'No manifest (.mf) found near the descriptor: the package cannot be verified.';
  else {
    reply({ id, kind: 'progress', stage: 'checking the manifest' });
    const line = ova.manifest.text
      .split(/\r?\n/)
      .map(parseManifestLine)
      .find((l) => l && l.fileName === ova.descriptorName.split('/').pop());
    if (!line || !entry) manifestStatus = `${ova.manifest.name} has no line for ${ova.descriptorName}.`;
    else {
      const actual = await digestHex(line.algorithm, bytes.subarray(entry.offset, entry.offset + entry.sizeBytes));
      manifestStatus =
        actual === line.digest
          ? `Manifest ${ova.manifest.name}: the descriptor's ${line.algorithm} matches.`
          : `Manifest ${ova.manifest.name}: the descriptor's ${line.algorithm} does NOT match — it was edited after packaging, or the download is damaged.`;
    }
  }
  return { id, kind: 'done', outcome, descriptor: ova.descriptor, fileStatus, manifestStatus };
}

scope.onmessage = async (event: MessageEvent<InspectJob>) => {
  const job = event.data;
  try {
    if (job.kind === 'text') reply({ id: job.id, kind: 'done', outcome: inspect(job.id, job.descriptor, job.deploymentOption) });
    else reply(await runFile(job));
  } catch (error) {
    // evaluate never throws; this is for the unexpected (out of memory, say), so the island is never left waiting.
    reply({ id: job.id, kind: 'done', outcome: refused('descriptor', `could not be inspected: ${error instanceof Error ? error.message : String(error)}`) });
  }
};
