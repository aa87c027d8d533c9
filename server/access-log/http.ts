// GET /admin/access-log.csv: the admin's export of the access log (same filters as the API).
// The export itself is personal data about who looked up whom, so it is logged too.
import { randomUUID } from 'node:crypto';
import express from 'express';
import type { Database } from '../db/client';
import type { Viewer } from '../access/viewer';
import { isIsoDate } from '../stats/calendar';
import { searchAccessLog, type AccessLogFilter } from './queries';
import { accessLogCsvLine, csvLine, CSV_HEADER } from './csv';
import { databaseAccessLogWriter, recordPersonalDataRead } from './service';

const PAGE = 5_000;

export interface ExportDeps { db: Database; viewerOf: (req: express.Request) => Promise<Viewer | null> }

function filterFrom(query: express.Request['query']): AccessLogFilter | string {
  const text = (name: string) => (typeof query[name] === 'string' && query[name] !== '' ? (query[name] as string) : null);
  const filter = { citizenPseudonym: text('citizen'), username: text('user'), caseId: text('case'), from: text('from'), to: text('to') };
  for (const name of ['from', 'to'] as const) {
    if (filter[name] !== null && !isIsoDate(filter[name]!)) return `${name} must be a date YYYY-MM-DD`;
  }
  return filter;
}

export function createAccessLogExportRouter(deps: ExportDeps): express.Router {
  const router = express.Router();
  router.get('/access-log.csv', async (req, res, next) => {
    try {
      const viewer = await deps.viewerOf(req);
      if (!viewer) return void res.status(401).json({ error: 'signed-out' });
      if (viewer.role !== 'admin') return void res.status(403).json({ error: 'forbidden' });
      const filter = filterFrom(req.query);
      if (typeof filter === 'string') return void res.status(400).json({ error: 'bad-request', message: filter });
      await recordPersonalDataRead(databaseAccessLogWriter(deps.db), viewer, { kind: 'EXPORT', reference: 'access-log' }, randomUUID(), {
        operation: 'GET /admin/access-log.csv', caseIds: filter.caseId ? [filter.caseId] : [],
        citizenPseudonyms: filter.citizenPseudonym ? [filter.citizenPseudonym] : [],
      });
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', 'attachment; filename="adgangslog.csv"');
      res.setHeader('Cache-Control', 'no-store');
      res.write(`\uFEFF${csvLine(CSV_HEADER)}`);
      for (let offset = 0; ; offset += PAGE) {
        const rows = await searchAccessLog(deps.db, filter, PAGE, offset);
        for (const row of rows) res.write(accessLogCsvLine(row));
        if (rows.length < PAGE) break;
      }
      res.end();
    } catch (error) {
      next(error);
    }
  });
  return router;
}
