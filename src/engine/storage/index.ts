/** Storage models, in the order `calc list` shows them. */
import type { AnyModel } from '../model.ts';
import { s2dCapacity } from './s2d-capacity.ts';
import { sofsSuitability } from './sofs-suitability.ts';
import { storageIops } from './storage-iops.ts';
import { storageScenario } from './storage-scenario.ts';

export const storageModels: AnyModel[] = [storageIops, storageScenario, sofsSuitability, s2dCapacity];
