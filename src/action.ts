/** GitHub Action entry point (dist/index.js). Filled in by the action integration. */
import * as core from '@actions/core';

core.setFailed('provenance-gate action: not implemented yet');
