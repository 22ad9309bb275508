/**
 * Servers in one Storage Spaces Direct cluster: 2 to 16
 * (ms-s2d-hardware-requirements). In a file of its own so that the estate
 * planner can fit its host count to it without bundling the S2D model.
 */
export const S2D_NODES = { min: 2, max: 16 } as const;
