// Where uploads go and how large they may be: from the server's configuration (the data folder
// and the pseudonym secret); without a data folder there are no uploads.
import type { Config } from '../config';
import type { Database } from '../db/client';
import { loadSecret } from '../importer/secret';
import { UploadService } from './service';

/** The server's Config carries these; tests name a data folder and a small limit. */
export type UploadConfig = Partial<Pick<Config, 'dataDir' | 'secret'>> & { uploadMaxBytes?: number; uploadMaxUnpackedBytes?: number };

export const DEFAULT_UPLOAD_MAX_BYTES = 2_000_000_000;
export const DEFAULT_UNPACKED_MAX_BYTES = 8_000_000_000;

export function uploadServiceFor(db: Database, config: UploadConfig): UploadService | null {
  const { dataDir } = config;
  if (!dataDir) return null;
  const service = new UploadService(db, {
    dataDir,
    secret: () => loadSecret(config.secret, dataDir),
    maxBytes: config.uploadMaxBytes ?? DEFAULT_UPLOAD_MAX_BYTES,
    maxUnpackedBytes: config.uploadMaxUnpackedBytes ?? DEFAULT_UNPACKED_MAX_BYTES,
  });
  service.removeStaleFolders().catch(() => undefined);
  return service;
}
