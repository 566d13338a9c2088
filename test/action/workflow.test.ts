import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from '../support/real-world.js';

interface Step {
  id?: string;
  uses?: string;
  with?: Record<string, unknown>;
  if?: string;
}

const wf = parse(readFileSync(join(REPO_ROOT, '.github/workflows/provenance-gate.yml'), 'utf8')) as {
  on: { workflow_call: { inputs: Record<string, { type: string; required?: boolean }>; outputs: Record<string, unknown> } };
  jobs: { gate: { permissions: Record<string, string>; steps: Step[] } };
};
const steps = wf.jobs.gate.steps;
const action = readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8');

describe('the reusable workflow', () => {
  it('is called with a central policy repository and a pinned ref', () => {
    expect(wf.on.workflow_call.inputs['policy-repository']).toMatchObject({ type: 'string', required: true });
    expect(wf.on.workflow_call.inputs['policy-ref']).toMatchObject({ type: 'string', required: true });
    expect(Object.keys(wf.on.workflow_call.outputs).sort()).toEqual(['counts', 'verdict']);
  });

  it('checks the policy out at that ref and hands it to the gate', () => {
    const policy = steps.find((s) => s.with?.repository === '${{ inputs.policy-repository }}');
    expect(policy?.with).toMatchObject({ ref: '${{ inputs.policy-ref }}', path: '.provenance-gate-policy', 'persist-credentials': false });
    const gate = steps.find((s) => s.id === 'gate')!;
    expect(gate.with!.policy).toBe('.provenance-gate-policy/${{ inputs.policy-path }}');
  });

  it('passes only inputs the action declares', () => {
    const gate = steps.find((s) => s.id === 'gate')!;
    for (const name of Object.keys(gate.with!)) expect(action).toContain(`\n  ${name}:\n`);
  });

  it('uploads the reports and the SARIF even when the gate fails', () => {
    const sarif = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'))!;
    expect(sarif.if).toMatch(/^always\(\)/);
    expect(sarif.with!.sarif_file).toBe('${{ steps.gate.outputs.sarif-file }}');
    expect(wf.jobs.gate.permissions['security-events']).toBe('write');
    expect(steps.find((s) => s.uses?.startsWith('actions/upload-artifact'))!.if).toMatch(/^always\(\)/);
  });
});
