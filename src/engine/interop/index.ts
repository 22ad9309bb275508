/** Interop models (moving estates from other hypervisors), in the order `calc list` shows them. */
import type { AnyModel } from '../model.ts';
import { vmwareEstate } from './vmware-estate.ts';

export const interopModels: AnyModel[] = [vmwareEstate];
