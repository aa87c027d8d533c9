import type { Resolvers } from '../graphql/generated';
import { backlog, processingTime, timeliness, timelinessByMonth, timelinessFunnel, timeToDecision } from './service';
import { caseTypeDeadlines } from './case-types';
import { deadlineScenario, openCases } from './operations';

export const deadlineResolvers: Resolvers = {
  Query: {
    deadlineScenario: (_root, args, ctx) => deadlineScenario(ctx, args),
    openCases: (_root, args, ctx) => openCases(ctx, args),
  },
  ScopeFigures: {
    timeliness: (f, _args, ctx) => timeliness(ctx, f),
    processingTime: (f, _args, ctx) => processingTime(ctx, f),
    timeToDecision: (f, _args, ctx) => timeToDecision(ctx, f),
    backlog: (f, _args, ctx) => backlog(ctx, f),
    timelinessByMonth: (f, _args, ctx) => timelinessByMonth(ctx, f),
    caseTypeDeadlines: (f, _args, ctx) => caseTypeDeadlines(ctx, f),
    timelinessFunnel: (f, _args, ctx) => timelinessFunnel(ctx, f),
  },
};
