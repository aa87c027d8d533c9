// Reading a case: only inside the viewer's case scope, and only after the access log has the read.
import type { RequestContext } from '../graphql/context';
import type { CaseModel } from '../graphql/models';

/** Null for an unknown case and for one the viewer may not read (no hint that it exists). */
export async function readCase(ctx: RequestContext, id: string): Promise<CaseModel | null> {
  const found = await ctx.loaders.case.load(id);
  if (!found || !(await ctx.guard.mayReadCase(found))) return null;
  await ctx.recordRead({ operation: 'Query.case', caseIds: [found.id], citizenPseudonyms: [found.citizenPseudonym] });
  return found;
}
