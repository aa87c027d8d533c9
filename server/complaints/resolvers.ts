// Complaints and appeals: ScopeFigures fields.
import type { Resolvers } from '../graphql/generated';
import { appeals, complaints, complaintsOverTime } from './service';

export const complaintResolvers: Resolvers = {
  ScopeFigures: {
    complaints: (f, _args, ctx) => complaints(ctx, f),
    complaintsOverTime: (f, { granularity }, ctx) => complaintsOverTime(ctx, f, granularity ?? 'QUARTER'),
    appeals: (f, _args, ctx) => appeals(ctx, f),
  },
};
