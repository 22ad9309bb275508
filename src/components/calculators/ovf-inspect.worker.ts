/**
 * The OVF inspector's Web Worker: decoding, OVA reading, parsing, mapping and
 * the manifest check all happen here, off the page's main thread, so a huge
 * descriptor never freezes the tab. It reports its stage (and the parse's
 * progress) as it goes; the island cancels a job by terminating the worker.
 * All logic is the engine's (ovf-inspect, ova, file-intake, manifest); this
 * file only sequences it and computes the manifest digest with Web Crypto.
 */
/// <reference lib="webworker" />
import { digestHex } from '../frame/digest.ts';
import { decodeText } from '../../engine/decode-text.ts';
import { evaluate } from '../../engine/evaluate.ts';
import { descriptorFileStatus, ovaFileStatus } from '../../engine/ovf/file-intake.ts';
import { descriptorManifestCheck, descriptorManifestVerdict, descriptorMatchesManifest } from '../../engine/ovf/manifest.ts';
import { markUnverifiedDescriptor } from '../../engine/ovf/unverified-descriptor.ts';
import { readOva } from '../../engine/ovf/ova.ts';
import { ovfInspect } from '../../engine/ovf/ovf-inspect.ts';
import type { InspectJob, InspectReply, InspectStage } from './ovf-inspect-protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const reply = (message: InspectReply): void => scope.postMessage(message);

function inspect(id: number, descriptor: string, deploymentOption: string) {
  const progress = (stage: InspectStage, fraction?: number) => reply({ id, kind: 'progress', stage, fraction });
  progress('parsing', 0);
  let last = 0;
  return evaluate(
    ovfInspect,
    { descriptor, deploymentOption },
    {
      onProgress: (fraction) => {
        // Parsing is most of the work; report it in steps of 5 % at most.
        if (fraction - last >= 0.05 || fraction === 1) {
          last = fraction;
          progress(fraction === 1 ? 'mapping' : 'parsing', fraction);
        }
      },
    },
  );
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
    return { id, kind: 'done', outcome, descriptor: decoded.text, fileStatus: descriptorFileStatus(name, decoded.encoding, outcome.ok) };
  }
  reply({ id, kind: 'progress', stage: 'reading the archive' });
  const ova = readOva(bytes);
  if (!ova.ok) return { id, kind: 'done', outcome: refused('descriptor', `${name}: ${ova.message}`), fileStatus: `${name}: ${ova.message}` };
  let outcome = inspect(id, ova.descriptor, job.deploymentOption);
  const fileStatus = ovaFileStatus(name, ova, outcome.ok);
  const check = descriptorManifestCheck(ova);
  let manifestStatus = check.kind === 'answered' ? check.status : '';
  if (check.kind === 'hash') {
    reply({ id, kind: 'progress', stage: 'checking the manifest' });
    const actual = await digestHex(check.algorithm, bytes.subarray(check.offset, check.offset + check.sizeBytes));
    manifestStatus = descriptorManifestVerdict(check, actual);
    if (outcome.ok && !descriptorMatchesManifest(check, actual)) outcome = { ...outcome, result: markUnverifiedDescriptor(outcome.result, manifestStatus) };
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
