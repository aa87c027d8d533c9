// The one place that decides access. Built per request from the signed-in viewer; every
// resolver reaches it through the request context (operation rules in ./operations.ts,
// case-level filtering in the services), so services receive an already-scoped request.
import type { Viewer } from './viewer';
import type { Role } from './roles';
import type { Purpose } from './purpose';
import { forbidden, unauthenticated } from './errors';

/** Which cases a viewer may read one by one. */
export type CaseScope =
  | { kind: 'all' }
  | { kind: 'departments'; departmentIds: ReadonlySet<string> }
  | { kind: 'cases'; caseIds: ReadonlySet<string> }
  | { kind: 'none' };

export interface GuardSources {
  /** Every department in the subtrees rooted at `roots` (the closure table). */
  subtreeOf: (roots: readonly string[]) => Promise<ReadonlySet<string>>;
  /** The cases assigned to a reviewer in review rounds (filled by the supervisory review). */
  reviewCasesOf: (userId: number) => Promise<ReadonlySet<string>>;
}

export class Guard {
  private caseScopePromise: Promise<CaseScope> | undefined;

  constructor(
    readonly viewer: Viewer | null,
    readonly purpose: Purpose | null,
    private readonly sources: GuardSources,
  ) {}

  /** The viewer, or UNAUTHENTICATED. */
  signedIn(): Viewer {
    if (!this.viewer) throw unauthenticated();
    return this.viewer;
  }

  requireRole(roles: readonly Role[], what: string): Viewer {
    const viewer = this.signedIn();
    if (!roles.includes(viewer.role)) throw forbidden(what);
    return viewer;
  }

  /** The committee sees disclosure-controlled aggregates only (metrics.md). */
  get disclosureControlled(): boolean {
    return this.viewer?.role === 'committee';
  }

  caseScope(): Promise<CaseScope> {
    this.caseScopePromise ??= this.computeCaseScope();
    return this.caseScopePromise;
  }

  private async computeCaseScope(): Promise<CaseScope> {
    const viewer = this.signedIn();
    switch (viewer.role) {
      case 'director': return { kind: 'all' };
      case 'manager': return { kind: 'departments', departmentIds: await this.sources.subtreeOf(viewer.departmentIds) };
      case 'reviewer': return { kind: 'cases', caseIds: await this.sources.reviewCasesOf(viewer.userId) };
      default: return { kind: 'none' };
    }
  }

  async mayReadCase(c: { id: string; departmentId: string }): Promise<boolean> {
    const scope = await this.caseScope();
    if (scope.kind === 'all') return true;
    if (scope.kind === 'departments') return scope.departmentIds.has(c.departmentId);
    if (scope.kind === 'cases') return scope.caseIds.has(c.id);
    return false;
  }

  /** Caseworker-level data (who worked where) follows the same subtree rule as cases. */
  async mayReadDepartmentDetail(departmentId: string): Promise<boolean> {
    const scope = await this.caseScope();
    return scope.kind === 'all' || (scope.kind === 'departments' && scope.departmentIds.has(departmentId));
  }

  async readableCases<T extends { id: string; departmentId: string }>(cases: readonly T[]): Promise<T[]> {
    const allowed: T[] = [];
    for (const c of cases) if (await this.mayReadCase(c)) allowed.push(c);
    return allowed;
  }
}
