import type { Resolvers } from '../graphql/generated';
import { apiEnum } from '../graphql/models';
import { deadlineInForce, dueDate } from '../deadlines/due-date';
import { readCase } from './service';
import { appealsAsOf, assignmentsAsOf, contactsAsOf } from './as-of';

export const caseResolvers: Resolvers = {
  Query: {
    case: (_root, { id }, ctx) => readCase(ctx, id),
  },
  Case: {
    caseType: async (c, _args, ctx) => (await ctx.loaders.caseType.load(c.caseTypeId))!,
    department: async (c, _args, ctx) => (await ctx.loaders.department.load(c.departmentId))!,
    outcome: (c) => apiEnum(c.outcome),
    deadline: async (c, _args, ctx) => deadlineInForce(await ctx.loaders.deadlines.load(c.caseTypeId), c.receivedOn),
    dueDate: async (c, _args, ctx) => {
      const deadline = deadlineInForce(await ctx.loaders.deadlines.load(c.caseTypeId), c.receivedOn);
      return deadline ? dueDate(c.receivedOn, deadline) : null;
    },
    assignments: async (c, _args, ctx) => assignmentsAsOf(await ctx.loaders.assignments.load(c.id), c.asOf),
    contacts: async (c, _args, ctx) => contactsAsOf(await ctx.loaders.contacts.load(c.id), c.asOf),
    appeals: async (c, _args, ctx) => appealsAsOf(await ctx.loaders.appeals.load(c.id), c.asOf),
  },
  Contact: {
    channel: (c) => apiEnum(c.channel),
  },
  Appeal: {
    outcome: (a) => apiEnum(a.outcome),
  },
};
