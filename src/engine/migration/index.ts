/** Migration models, in the order `calc list` shows them. */
import type { AnyModel } from '../model.ts';
import { hostEvacuation } from './host-evacuation.ts';
import { linkEfficiency } from './link-efficiency.ts';
import { liveMigration } from './live-migration.ts';
import { quickMigration } from './quick-migration.ts';
import { sharedNothingMigration } from './shared-nothing-migration.ts';

export const migrationModels: AnyModel[] = [liveMigration, linkEfficiency, hostEvacuation, sharedNothingMigration, quickMigration];
