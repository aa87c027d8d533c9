import { describe, expect, it } from 'vitest';
import { Guard, type GuardSources } from '../../server/access/guard';
import { checkOperation } from '../../server/access/operations';
import type { Role } from '../../server/access/roles';
import type { Viewer } from '../../server/access/viewer';

const TREE: Record<string, string[]> = { BCH: ['BCH', 'BORN', 'VOKS'], BORN: ['BORN'] };
const sources: GuardSources = {
  subtreeOf: async (roots) => new Set(roots.flatMap((r) => TREE[r] ?? [])),
  reviewCasesOf: async (userId) => new Set(userId === 7 ? ['C9'] : []),
};
const viewer = (role: Role, departmentIds: string[] = [], userId = 1): Viewer =>
  ({ userId, username: role, displayName: role, role, departmentIds, via: 'session' });
const guard = (v: Viewer | null) => new Guard(v, null, sources);
const born = { id: 'C1', departmentId: 'BORN' };
const voks = { id: 'C2', departmentId: 'VOKS' };
const assigned = { id: 'C9', departmentId: 'VOKS' };

describe('Guard', () => {
  it('lets a director read every case', async () => {
    expect(await guard(viewer('director')).readableCases([born, voks])).toEqual([born, voks]);
  });

  it('bounds a manager to the subtrees of their departments', async () => {
    expect(await guard(viewer('manager', ['BORN'])).readableCases([born, voks])).toEqual([born]);
    expect(await guard(viewer('manager', ['BCH'])).readableCases([born, voks])).toEqual([born, voks]);
    expect(await guard(viewer('manager', [])).readableCases([born, voks])).toEqual([]);
    expect(await guard(viewer('manager', ['BORN'])).mayReadDepartmentDetail('VOKS')).toBe(false);
  });

  it('gives a reviewer only the cases assigned to them', async () => {
    expect(await guard(viewer('reviewer', [], 7)).readableCases([born, assigned])).toEqual([assigned]);
    expect(await guard(viewer('reviewer', [], 8)).readableCases([born, assigned])).toEqual([]);
  });

  it('gives admin and committee no case at all', async () => {
    for (const role of ['admin', 'committee'] as const) {
      expect(await guard(viewer(role, ['BCH'])).readableCases([born, voks])).toEqual([]);
      expect(await guard(viewer(role, ['BCH'])).mayReadDepartmentDetail('BORN')).toBe(false);
    }
  });

  it('refuses the anonymous with UNAUTHENTICATED and the wrong role with FORBIDDEN', () => {
    expect(() => guard(null).signedIn()).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) }));
    expect(() => checkOperation(guard(viewer('committee')), 'Query.users')).toThrow(/Not allowed for your role: Query.users/);
    expect(() => checkOperation(guard(viewer('admin')), 'Query.users')).not.toThrow();
    expect(() => checkOperation(guard(null), 'Query.viewer')).not.toThrow();
    expect(() => checkOperation(guard(viewer('admin')), 'Query.unknown')).toThrow(/no access rule/);
  });

  it('marks only the committee as disclosure-controlled', () => {
    expect(guard(viewer('committee')).disclosureControlled).toBe(true);
    expect(guard(viewer('director')).disclosureControlled).toBe(false);
  });
});
