/**
 * Messages between the OVF inspector island and its Web Worker
 * (ovf-inspect.worker.ts). Every job carries an id; the island ignores
 * answers to jobs it has since replaced or cancelled.
 */
import type { Outcome } from '../../engine/evaluate.ts';
import type { OvfInspectResult } from '../../engine/ovf/ovf-inspect.ts';

export type InspectRequest =
  | { kind: 'text'; descriptor: string; deploymentOption: string }
  /** A dropped or chosen file: the whole .ovf, or the first few MiB of an .ova. */
  | { kind: 'file'; name: string; bytes: ArrayBuffer; ova: boolean; deploymentOption: string };

export type InspectJob = InspectRequest & { id: number };

export type InspectStage = 'decoding' | 'reading the archive' | 'parsing' | 'mapping' | 'checking the manifest';

export type InspectReply =
  | { id: number; kind: 'progress'; stage: InspectStage; fraction?: number }
  | {
      id: number;
      kind: 'done';
      outcome: Outcome<OvfInspectResult>;
      /** For a file job: the descriptor text read from it (undefined if it could not be read). */
      descriptor?: string;
      /** For a file job: what was read, or why not. */
      fileStatus?: string;
      manifestStatus?: string;
    };
