/** The department tree as the API gives it: a flat list, parents before children. */
export interface DepartmentNode {
  id: string;
  name: string;
  depth: number;
  parent: { id: string } | null;
}

/** A department in tree order (each followed by its subtree), children sorted by name. */
export interface TreeEntry {
  id: string;
  name: string;
  depth: number;
  childCount: number;
}

const collator = new Intl.Collator('da', { sensitivity: 'base', numeric: true });

/** Orders department names the Danish way, numbers by value ("Afdeling 2" before "Afdeling 10"). */
export function compareNames(a: string, b: string): number {
  return collator.compare(a, b);
}

function childrenByParent(departments: readonly DepartmentNode[]): Map<string | null, DepartmentNode[]> {
  const ids = new Set(departments.map((d) => d.id));
  const map = new Map<string | null, DepartmentNode[]>();
  for (const department of departments) {
    // A parent we do not hold is treated as absent, so the department still shows as a root.
    const parentId = department.parent && ids.has(department.parent.id) ? department.parent.id : null;
    const siblings = map.get(parentId) ?? [];
    siblings.push(department);
    map.set(parentId, siblings);
  }
  for (const siblings of map.values()) siblings.sort((a, b) => compareNames(a.name, b.name));
  return map;
}

/** Depth-first order with depth, so a flat list (a `<select>`) can show the hierarchy by indentation. */
export function flattenTree(departments: readonly DepartmentNode[]): TreeEntry[] {
  const children = childrenByParent(departments);
  const out: TreeEntry[] = [];
  const seen = new Set<string>();
  const visit = (node: DepartmentNode, depth: number): void => {
    if (seen.has(node.id)) return; // defensive: never loop on a malformed tree
    seen.add(node.id);
    const kids = children.get(node.id) ?? [];
    out.push({ id: node.id, name: node.name, depth, childCount: kids.length });
    for (const kid of kids) visit(kid, depth + 1);
  };
  for (const root of children.get(null) ?? []) visit(root, 0);
  return out;
}

/** The first root in tree order (roots sorted by name), the default scope; null when there are none. */
export function firstRootId(departments: readonly DepartmentNode[]): string | null {
  return flattenTree(departments)[0]?.id ?? null;
}

/** The departments from the root down to `id` (inclusive); empty when `id` is unknown. */
export function pathTo(departments: readonly DepartmentNode[], id: string): DepartmentNode[] {
  const byId = new Map(departments.map((d) => [d.id, d]));
  const path: DepartmentNode[] = [];
  let current = byId.get(id);
  while (current && !path.includes(current)) {
    path.unshift(current);
    current = current.parent ? byId.get(current.parent.id) : undefined;
  }
  return path;
}
