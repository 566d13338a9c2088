/**
 * Stable, unique bom-refs for install-path nodes, in cyclonedx-npm's style:
 * `<root>@<v>|<parent>@<v>|<name>@<v>` along the folder nesting, so the same lockfile
 * always yields the same refs and a ref tells a reader where the package sits.
 * Two siblings with the same name@version (an alias beside its target) get `#2`, `#3`.
 */

/** What id assignment needs to know about a component. */
export interface IdSubject {
  /** All locations of the component; the first is canonical. */
  paths: string[];
  name: string;
  version: string;
}

/** Ids for `subjects` (same order), children nested under `rootId`. */
export function assignIds(rootId: string, subjects: IdSubject[]): string[] {
  const byPath = new Map<string, number>();
  subjects.forEach((s, i) => {
    for (const p of s.paths) if (!byPath.has(p)) byPath.set(p, i);
  });
  const ids: (string | undefined)[] = new Array(subjects.length);
  const counters = new Map<string, number>();
  const visiting = new Set<number>();

  const idOf = (i: number): string => {
    const known = ids[i];
    if (known !== undefined) return known;
    const s = subjects[i]!;
    // A cycle through link targets cannot nest; hang such a node off the root.
    visiting.add(i);
    const parent = parentIndex(s.paths[0]!, byPath);
    const parentId = parent === undefined || visiting.has(parent) ? rootId : idOf(parent);
    visiting.delete(i);
    const own = s.version ? `${s.name}@${s.version}` : s.name;
    const key = `${parentId}|${own}`;
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    const id = n > 1 ? `${key}#${n}` : key;
    ids[i] = id;
    return id;
  };

  // Sorted order makes the #n numbering independent of the lockfile's key order.
  const order = subjects.map((_, i) => i).sort((a, b) => compare(subjects[a]!.paths[0]!, subjects[b]!.paths[0]!));
  for (const i of order) idOf(i);
  return ids as string[];
}

/** The nearest enclosing component: `a/node_modules/b/node_modules/c` → `a/node_modules/b`. */
function parentIndex(path: string, byPath: Map<string, number>): number | undefined {
  for (let p = path; ; ) {
    const at = p.lastIndexOf('/node_modules/');
    if (at < 0) return undefined;
    p = p.slice(0, at);
    const found = byPath.get(p);
    if (found !== undefined) return found;
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
