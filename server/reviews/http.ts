// GET /reviews/:id/results.csv (aggregates: whoever may see the round) and /reviews/:id/reviews.csv
// (the sample with review outcomes: case-level, so only who may run the round, and access-logged
// with purpose REVIEW_ROUND:<id> before the first byte, like /admin/access-log.csv).
import express from 'express';
import type { Database } from '../db/client';
import type { Viewer } from '../access/viewer';
import { createRequestContext, type RequestContext } from '../graphql/context';
import { mayRunRoundsIn, visibleRound } from './round-access';
import { checklistOfRound } from './review-service';
import { sampleWithReviews } from './export-queries';
import { BOM, csvRow, resultsCsv, reviewsCsvRow, reviewsHeader } from './export-csv';
import type { ReviewRoundModel } from './models';

export interface ReviewExportDeps { db: Database; viewerOf: (req: express.Request) => Promise<Viewer | null> }

type Handler = (ctx: RequestContext, round: ReviewRoundModel, res: express.Response) => Promise<void>;

function sendCsv(res: express.Response, fileName: string, body: string): void {
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
  res.setHeader('Cache-Control', 'no-store');
  res.send(body);
}

const results: Handler = async (ctx, round, res) => {
  sendCsv(res, `tilsyn-runde-${round.id}-resultater.csv`, resultsCsv(await ctx.loaders.roundResults.load(round.id)));
};

const reviews: Handler = async (ctx, round, res) => {
  if (!(await mayRunRoundsIn(ctx, round.scopeId))) return void res.status(403).json({ error: 'forbidden' });
  const [rows, template] = [await sampleWithReviews(ctx.db, round.id), await checklistOfRound(ctx, round)];
  await ctx.recordRead({
    operation: `GET /reviews/${round.id}/reviews.csv`, caseIds: rows.map((r) => r.caseId),
    citizenPseudonyms: rows.flatMap((r) => (r.citizenPseudonym ? [r.citizenPseudonym] : [])),
  });
  const body = BOM + csvRow(reviewsHeader(template.items)) + rows.map((row) => reviewsCsvRow(row, template.items)).join('');
  sendCsv(res, `tilsyn-runde-${round.id}-gennemgange.csv`, body);
};

function route(deps: ReviewExportDeps, handler: Handler): express.RequestHandler {
  return async (req, res, next) => {
    try {
      const viewer = await deps.viewerOf(req);
      if (!viewer) return void res.status(401).json({ error: 'signed-out' });
      const id = String(req.params.id);
      if (!/^[1-9][0-9]{0,9}$/.test(id) || Number(id) > 2_147_483_647) {
        return void res.status(400).json({ error: 'bad-request', message: 'id must be a review round id' });
      }
      if (!['director', 'manager', 'reviewer'].includes(viewer.role)) return void res.status(403).json({ error: 'forbidden' });
      // The download is a plain link (no headers), so the route states the purpose itself.
      const ctx = createRequestContext(deps.db, { viewer, purposeHeader: `REVIEW_ROUND:${id}`, requestId: res.locals.requestId as string | undefined });
      const round = await visibleRound(ctx, Number(id));
      if (!round) return void res.status(404).json({ error: 'not-found' });
      await handler(ctx, round, res);
    } catch (error) {
      next(error);
    }
  };
}

export function createReviewExportRouter(deps: ReviewExportDeps): express.Router {
  const router = express.Router();
  router.get('/:id/results.csv', route(deps, results));
  router.get('/:id/reviews.csv', route(deps, reviews));
  return router;
}
