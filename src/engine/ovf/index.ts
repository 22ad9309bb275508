/** Ovf models, in the order `calc list` shows them. */
import type { AnyModel } from '../model.ts';
import { ovfExport } from './ovf-export.ts';
import { ovfInspect } from './ovf-inspect.ts';

export const ovfModels: AnyModel[] = [ovfInspect, ovfExport];
