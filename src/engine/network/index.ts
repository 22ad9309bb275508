/** Networking models, in the order `calc list` shows them. */
import type { AnyModel } from '../model.ts';
import { clusterNetworkNames } from './cluster-network-names.ts';
import { nlbClusterMac } from './nlb-cluster-mac.ts';
import { nlbModeAdvisor } from './nlb-mode-advisor.ts';
import { nlbSwitchConfig } from './nlb-switch-config.ts';

export const networkModels: AnyModel[] = [nlbClusterMac, nlbModeAdvisor, nlbSwitchConfig, clusterNetworkNames];
