export { ETHNICITIES, ETHNICITY_EXTRAS, ethnicityName, ethnicityOptions, type Ethnicity } from './ethnicities.js';
export { findRegionPath, type RegionNode } from './region-tree.js';
export { regionsSample } from './regions-sample.js';
