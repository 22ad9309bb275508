/** Security models, in the order `calc list` shows them. */
import type { AnyModel } from '../model.ts';

export const securityModels: AnyModel[] = [];
