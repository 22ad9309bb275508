/**
 * The engine registry: model id → { title, schema, compute }. Each domain
 * keeps its own list (src/engine/<domain>/index.ts) so that domains grow
 * without touching one another; this file only joins them.
 *
 * Islands import their one model file directly, not this registry, so a page
 * ships only the model it uses.
 */
import { compareModels } from './compare/index.ts';
import { interopModels } from './interop/index.ts';
import { migrationModels } from './migration/index.ts';
import type { AnyModel } from './model.ts';
import { networkModels } from './network/index.ts';
import { ovfModels } from './ovf/index.ts';
import { securityModels } from './security/index.ts';
import { storageModels } from './storage/index.ts';

export const models: readonly AnyModel[] = [
  ...migrationModels,
  ...storageModels,
  ...networkModels,
  ...securityModels,
  ...compareModels,
  ...ovfModels,
  ...interopModels,
];

export const registry: Readonly<Record<string, AnyModel>> = Object.fromEntries(models.map((m) => [m.id, m]));

export { evaluate } from './evaluate.ts';
export type { Outcome } from './evaluate.ts';
export type { AnyModel, Assumption, Model, ResultBase } from './model.ts';
export type { Field, Issue, Schema } from './schema.ts';
