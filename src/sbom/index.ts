/** The SBOM stage: inventories → CycloneDX model → text. See bom.ts for the enrichment pattern. */
export { isIncluded, toBom, type OmitType, type SbomModel, type ToBomOptions } from './bom.js';
export { renderBom, renderBomChunks, renderWithLibrary, type BomFormat, type RenderOptions, type SpecVersion } from './render.js';
export { toHashes } from './hashes.js';
export { toInventoryJsonChunks, type InventoryJsonOptions } from './direct.js';
