/** Compare models, in the order `calc list` shows them. */
import type { AnyModel } from '../model.ts';
import { featureMatrix } from './feature-matrix.ts';

export const compareModels: AnyModel[] = [featureMatrix];
