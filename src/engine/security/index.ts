/** Security models, in the order `calc list` shows them. */
import type { AnyModel } from '../model.ts';
import { ipsecOffload } from './ipsec-offload.ts';

export const securityModels: AnyModel[] = [ipsecOffload];
