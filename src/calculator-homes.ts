/**
 * Where each model's calculator lives: the article pages (site paths without
 * the base) that carry it, first the one the calculators page links to. A model
 * with no page is answered from the terminal only. tests/e2e/calculators-index.spec.ts
 * checks this list against the built pages, both ways.
 */
export const calculatorHomes: Readonly<Record<string, readonly string[]>> = {
  'live-migration': ['migration/how-live-migration-works/', 'migration/faster-live-migration-10gbe/'],
  'link-efficiency': [],
  'host-evacuation': ['migration/draining-a-host/', 'migration/live-migration-2022-2025/'],
  'shared-nothing-migration': ['migration/shared-nothing-live-migration/'],
  'quick-migration': ['migration/quick-vs-live-migration/'],
  'storage-iops': ['storage/iops-write-penalty/'],
  'storage-scenario': ['storage/san-vs-local-ssd/'],
  'sofs-suitability': ['storage/scale-out-file-server/'],
  's2d-capacity': ['storage/storage-spaces-direct/'],
  'nlb-cluster-mac': ['networking/nlb-cluster-mac/'],
  'nlb-mode-advisor': ['networking/nlb-operation-modes/'],
  'nlb-switch-config': ['networking/nlb-switch-configuration/'],
  'cluster-network-names': ['networking/cluster-network-names/'],
  'ipsec-offload': ['security/ipsec-task-offload/'],
  'feature-matrix': ['compare/hyper-v-2025-vs-vsphere-8/', 'compare/hyper-v-releases/', 'compare/ws2012-hyper-v-vs-vsphere-5/'],
  'ovf-inspect': ['interop/appliance-to-hyper-v/'],
  'ovf-export': ['interop/export-for-other-hypervisors/'],
  'vmware-estate': ['interop/vmware-estate-planner/'],
};
