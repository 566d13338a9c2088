/**
 * SARIF 2.1.0 for GitHub code scanning (github/codeql-action/upload-sarif): one run, one
 * rule per policy rule id with help text, one result per finding located on the lockfile
 * line of the package (or the policy line). Waived findings are kept as results with an
 * external suppression, so code scanning shows them as dismissed instead of losing them.
 * Spec: https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html
 */
import { createHash } from 'node:crypto';
import type { Finding, RunResult, Severity } from '../types.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { toDisplayPath, toLocator } from './locate.js';
import { toRuleHelp } from './rules.js';

/** The subset of the SARIF object model we emit (see @types/sarif for the full one). */
export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: SarifRun[];
}

export interface SarifRun {
  tool: { driver: { name: string; version: string; semanticVersion: string; informationUri: string; rules: SarifRule[] } };
  automationDetails: { id: string };
  originalUriBaseIds: Record<string, { uri?: string; description?: { text: string } }>;
  results: SarifResult[];
}

export interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  defaultConfiguration: { level: SarifLevel };
  properties: { tags: string[]; precision: string; 'security-severity': string };
}

export type SarifLevel = 'error' | 'warning' | 'note';

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations?: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region?: { startLine: number; startColumn?: number } } }[];
  partialFingerprints: Record<string, string>;
  suppressions?: { kind: 'external'; status: 'accepted'; justification: string }[];
  properties: { subject: string; severity: Severity; code?: string; fix?: string };
}

export interface SarifOptions {
  /** Workspace root; result URIs are relative to it (`%SRCROOT%`). */
  cwd: string;
  /** Distinguishes several gate runs in one repository (code scanning "category"). */
  category?: string;
}

const LEVEL: Record<Severity, SarifLevel> = { fail: 'error', warn: 'warning', info: 'note' };
const INFORMATION_URI = 'https://github.com/provenance-gate/provenance-gate';

export function renderSarif(result: RunResult, options: SarifOptions): SarifLog {
  const locate = toLocator(result, options.cwd);
  const findings = result.verdict.findings;
  const ruleIds = [...new Set(findings.map((f) => f.ruleId))].sort();
  const index = new Map(ruleIds.map((id, i) => [id, i]));
  const rules = ruleIds.map((id) => toSarifRule(id, findings));
  // Code scanning drops results without a location: fall back to the policy file.
  const fallbackFile = result.policyFile ? toDisplayPath(result.policyFile, options.cwd) : undefined;
  const results = findings.map((f): SarifResult => {
    const loc = locate(f) ?? (fallbackFile ? { file: fallbackFile } : undefined);
    const out: SarifResult = {
      ruleId: f.ruleId,
      ruleIndex: index.get(f.ruleId)!,
      level: LEVEL[f.severity],
      message: { text: renderResultMessage(f) },
      partialFingerprints: { 'provenanceGateSubject/v1': fingerprint(f) },
      properties: { subject: f.subject, severity: f.severity, ...(f.code ? { code: f.code } : {}), ...(f.fix ? { fix: f.fix } : {}) },
    };
    if (loc) {
      const region = loc.line ? { startLine: loc.line, ...(loc.column ? { startColumn: loc.column } : {}) } : undefined;
      out.locations = [{ physicalLocation: { artifactLocation: { uri: encodeURI(loc.file), uriBaseId: '%SRCROOT%' }, ...(region ? { region } : {}) } }];
    }
    if (f.exception) {
      out.suppressions = [{ kind: 'external', status: 'accepted', justification: `${f.exception.reason} (expires ${f.exception.expires}${f.exception.owner ? `, owner ${f.exception.owner}` : ''})` }];
    }
    return out;
  });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: TOOL_NAME, version: TOOL_VERSION, semanticVersion: TOOL_VERSION, informationUri: INFORMATION_URI, rules } },
        automationDetails: { id: `${options.category ?? TOOL_NAME}/` },
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The workspace (repository root) the gate ran in.' } } },
        results,
      },
    ],
  };
}

function toSarifRule(id: string, findings: Finding[]): SarifRule {
  const help = toRuleHelp(id);
  // The rule's default level is the harshest severity it produced in this run.
  const worst = findings.some((f) => f.ruleId === id && f.severity === 'fail') ? 'error' : findings.some((f) => f.ruleId === id && f.severity === 'warn') ? 'warning' : 'note';
  return {
    id,
    name: toPascalCase(id),
    shortDescription: { text: help.title },
    fullDescription: { text: help.help },
    help: {
      text: help.help,
      markdown: `**${help.title}** (\`${id}\`)\n\n${help.help}${help.policyKey ? `\n\nConfigured by \`${help.policyKey}\` in the policy file; waive with an \`exceptions:\` entry naming rule \`${id}\`, a reason and an expiry date.` : ''}`,
    },
    defaultConfiguration: { level: worst },
    properties: { tags: ['security', 'supply-chain'], precision: 'very-high', 'security-severity': help.securitySeverity.toFixed(1) },
  };
}

function renderResultMessage(f: Finding): string {
  const fix = f.fix ? ` Fix: ${f.fix}` : '';
  return `${f.subject}: ${f.message}${fix}`;
}

/** Stable across runs and lockfile edits, so code scanning tracks one alert per rule and subject. */
function fingerprint(f: Finding): string {
  return createHash('sha256').update(`${f.ruleId}\0${f.subject}`).digest('hex').slice(0, 32);
}

function toPascalCase(id: string): string {
  return id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
}
