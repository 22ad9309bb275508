/** Networking models, in the order `calc list` shows them. */
import type { AnyModel } from '../model.ts';
import { nlbClusterMac } from './nlb-cluster-mac.ts';

export const networkModels: AnyModel[] = [nlbClusterMac];
