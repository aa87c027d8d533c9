// Listing and publishing checklist templates. A round keeps the version it was created with
// (review_rounds.checklist_version), so publishing never changes a running round.
import { GraphQLError } from 'graphql';
import type { RequestContext } from '../graphql/context';
import type { ChecklistTemplateInput } from '../graphql/generated';
import { forbidden, unauthenticated } from '../access/errors';
import type { ChecklistTemplateModel } from './models';
import { checkTemplateInput, templateModel } from './checklist';
import { allTemplates, insertNextTemplate, templatesByVersions, userExists } from './checklist-queries';

export async function checklistTemplates(ctx: RequestContext): Promise<ChecklistTemplateModel[]> {
  ctx.guard.signedIn();
  return (await allTemplates(ctx.db)).map(templateModel);
}

export async function publishChecklistTemplate(ctx: RequestContext, input: ChecklistTemplateInput): Promise<ChecklistTemplateModel> {
  const viewer = ctx.guard.signedIn();
  if (viewer.role !== 'admin') throw forbidden('Mutation.publishChecklistTemplate');
  const items = checkTemplateInput(input);
  // The version names its publisher; a session whose account row is gone (a restored database) cannot publish.
  if (!(await userExists(ctx.db, viewer.userId))) throw unauthenticated();
  const version = await insertNextTemplate(ctx.db, items, viewer.userId);
  if (version === null) {
    throw new GraphQLError('Another checklist version was published at the same moment; publish again.', { extensions: { code: 'CONFLICT' } });
  }
  const [row] = await templatesByVersions(ctx.db, [version]);
  return templateModel(row!);
}
