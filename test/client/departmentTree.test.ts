import { describe, expect, it } from 'vitest';
import { firstRootId, flattenTree, pathTo, type DepartmentNode } from '../../client/utils/departmentTree';
import { DEPARTMENTS } from './fixtures';


describe('department tree', () => {
  it('orders depth-first, siblings by Danish name (numbers naturally), with depth and child count', () => {
    expect(flattenTree(DEPARTMENTS).map((d) => [d.id, d.depth, d.childCount])).toEqual([
      ['BUF', 0, 0],
      ['SOC', 0, 2],
      ['BCH', 1, 3],
      ['AFD-2', 2, 0],
      ['AFD-10', 2, 0],
      ['MYN-B', 2, 0],
      ['VOK', 1, 0],
    ]);
  });

  it('treats a department whose parent is unknown as a root', () => {
    const orphan: DepartmentNode = { id: 'X', name: 'Løs enhed', depth: 3, parent: { id: 'GONE' } };
    expect(flattenTree([orphan]).map((d) => [d.id, d.depth])).toEqual([['X', 0]]);
  });

  it('finds the path from the root and the first root', () => {
    expect(pathTo(DEPARTMENTS, 'MYN-B').map((d) => d.id)).toEqual(['SOC', 'BCH', 'MYN-B']);
    expect(pathTo(DEPARTMENTS, 'nope')).toEqual([]);
    expect(firstRootId(DEPARTMENTS)).toBe('BUF');
    expect(firstRootId([])).toBeNull();
  });
});
