import { describe, expect, it } from 'vitest';
import { checkVersionedTag } from '../../src/provenance/index.js';

describe('checkVersionedTag (slsa-verifier --source-versioned-tag)', () => {
  it.each([
    ['v1.2.3', 'v1'],
    ['v1.2.3', 'v1.2'],
    ['v1.2.3', 'v1.2.3'],
    ['v14', 'v14.0'],
    ['v14', 'v14.0.0'],
    ['v14.2', 'v14'],
    ['v1.2.3-rc.1', 'v1.2.3-rc.1'],
    ['v1.2.3-rc.1', 'v1.2'],
    ['v1.2.3+build.5', 'v1.2.3'],
  ])('tag %s satisfies %s', (tag, expected) => {
    expect(checkVersionedTag(tag, expected)).toBeUndefined();
  });

  it.each([
    ['v1.2.3', 'v2', /major/],
    ['v1.2.3', 'v1.3', /minor/],
    ['v1.2.3', 'v1.2.4', /patch/],
    ['v14.2', 'v14.2.1', /patch/],
    ['v1.2.3', 'v1.2.3-rc.1', /pre-release/],
    ['1.2.3', 'v1', /not a semantic version/],
    ['v1.2.3', '1', /not a semantic version/],
    ['v1.2.3', 'v1-rc', /not a semantic version/],
    ['main', 'v1', /not a semantic version/],
  ])('tag %s does not satisfy %s', (tag, expected, why) => {
    expect(checkVersionedTag(tag, expected)).toMatch(why);
  });
});
