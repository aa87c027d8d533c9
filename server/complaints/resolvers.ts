// Complaints and appeals: ScopeFigures fields.
import type { Resolvers } from '../graphql/generated';
import { appeals, complaints, complaintsByDepartment, complaintsOverTime } from './service';

export const complaintResolvers: Resolvers = {
  ScopeFigures: {
    complaints: (f, _args, ctx) => complaints(ctx, f),
    complaintsOverTime: (f, { granularity }, ctx) => complaintsOverTime(ctx, f, granularity ?? 'QUARTER'),
    complaintsByDepartment: (f, _args, ctx) => complaintsByDepartment(ctx, f),
    appeals: (f, _args, ctx) => appeals(ctx, f),
  },
  ComplaintTableRow: {
    department: async (row, _args, ctx) => (await ctx.loaders.department.load(row.departmentId))!,
  },
};
