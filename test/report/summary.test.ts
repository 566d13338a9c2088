import { describe, expect, it } from 'vitest';
import { renderSummary, SUMMARY_MAX_BYTES } from '../../src/report/index.js';
import { aFailingRun, aFinding, aRunResult, CWD, NOW } from './factories.js';

const options = { cwd: CWD, now: NOW, reportFile: 'out/report.json' };

describe('renderSummary', () => {
  describe('when the gate fails', () => {
    const md = renderSummary(aFailingRun(), options);

    it('puts the verdict first', () => {
      expect(md.split('\n')[0]).toBe('## ❌ provenance-gate: FAIL');
    });

    it('shows the counts per status', () => {
      expect(md).toContain('| ✅ verified | ❔ missing | ❌ invalid | ⚠️ unverifiable | 🏷️ excepted |');
      expect(md).toContain('| 2 | 1 | 1 | 0 | 1 |');
    });

    it('tables what failed with the reason, the fix and the lockfile line, before any collapsed section', () => {
      const table = md.indexOf('### What failed');
      expect(table).toBeGreaterThan(0);
      expect(table).toBeLessThan(md.indexOf('<details>'));
      expect(md).toContain('| <code>left-pad@1.3.0</code> | <code>provenance</code> | no provenance attestation was published for this version | ask the publisher to publish with --provenance, or add an exception | package-lock.json:10 |');
    });

    it('escapes table-breaking characters from messages', () => {
      expect(md).toContain('SHA256:jl3b… \\| tampered?');
    });

    it('offers the waiver to add, in the policy spelling, for waivable failures only', () => {
      expect(md).toContain('  - package: "left-pad@1.3.0"\n    rules: [provenance]');
      expect(md).toContain('expires: "2026-12-26"');
      expect(md).not.toContain('package: "ms@2.1.3"');
    });

    it('uses the waiver the policy suggests when the finding carries one', () => {
      const run = aRunResult({ findings: [aFinding({ waiver: '- package: "left-pad@^1.3.0"\n  rules: [provenance]\n  reason: "…"\n  expires: "2027-01-01"' })] });
      expect(renderSummary(run, options)).toContain('exceptions:\n  - package: "left-pad@^1.3.0"\n    rules: [provenance]\n    reason: "…"\n    expires: "2027-01-01"\n```');
    });

    it('collapses warnings, waivers, artifacts and packages', () => {
      for (const title of ['⚠️ Warnings (1)', '🏷️ Waived by exceptions (1)', '📎 Artifacts (1)', '📦 Packages (4)']) {
        expect(md).toContain(`<details><summary>${title}</summary>`);
      }
    });

    it('names the full report in the footer', () => {
      expect(md).toContain('Full results: <code>out/report.json</code>.');
    });
  });

  it('links locations to the blob at the commit when a base URL is given', () => {
    const md = renderSummary(aFailingRun(), { ...options, blobBaseUrl: 'https://github.com/o/r/blob/abc' });
    expect(md).toContain('[package-lock.json:10](https://github.com/o/r/blob/abc/package-lock.json#L10)');
  });

  it('passes with a green headline and no failure table', () => {
    const md = renderSummary(aRunResult(), options);
    expect(md.split('\n')[0]).toBe('## ✅ provenance-gate: PASS');
    expect(md).not.toContain('What failed');
  });

  it('in audit mode says what would fail', () => {
    const run = aFailingRun();
    const md = renderSummary({ ...run, verdict: { ...run.verdict, mode: 'audit', result: 'pass' } }, options);
    expect(md.split('\n')[0]).toBe('## ⚠️ provenance-gate: PASS (audit mode)');
    expect(md).toContain('### What would fail in enforce mode');
  });

  describe('when the summary exceeds the budget', () => {
    const big = aRunResult({
      packages: Array.from({ length: 400 }, (_, i) => ({ pkg: { name: `pkg-${i}`, version: '1.0.0' } })),
      findings: Array.from({ length: 400 }, (_, i) => aFinding({ subject: `pkg-${i}@1.0.0`, message: 'x'.repeat(100) })),
    });

    it('drops the package table first', () => {
      const full = renderSummary(big, options);
      const budget = Buffer.byteLength(full) - 1;
      const md = renderSummary(big, { ...options, maxBytes: budget });
      expect(Buffer.byteLength(md)).toBeLessThanOrEqual(budget);
      expect(md).not.toContain('📦 Packages');
      expect(md).toContain('left out to stay within the 1 MiB summary limit');
    });

    it('falls back to a short form that keeps the verdict, the counts and the failures that fit', () => {
      const md = renderSummary(big, { ...options, maxBytes: 20_000 });
      expect(Buffer.byteLength(md)).toBeLessThanOrEqual(20_000);
      expect(md.split('\n')[0]).toBe('## ❌ provenance-gate: FAIL');
      expect(md).toContain('| ✅ verified |');
      expect(md).toMatch(/\d+ more failing findings are in the JSON report \(<code>out\/report.json<\/code>\)/);
    });

    it('defaults to GitHub’s 1 MiB limit', () => {
      expect(SUMMARY_MAX_BYTES).toBe(1024 * 1024);
      const huge = aRunResult({ findings: Array.from({ length: 5000 }, (_, i) => aFinding({ subject: `p-${i}@1.0.0`, message: 'y'.repeat(400) })) });
      expect(Buffer.byteLength(renderSummary(huge, options))).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
    });
  });
});

describe('renderSummary wording', () => {
  it('agrees in number', () => {
    expect(renderSummary(aRunResult({ findings: [aFinding()] }), options)).toContain('**1 finding fails the gate**');
    expect(renderSummary(aRunResult({ findings: [aFinding(), aFinding({ subject: 'x@1.0.0' })] }), options)).toContain('**2 findings fail the gate**');
  });
});
