-- A round's frame is stored just after the round is drawn (reviews/frame-store.ts): null until then.
ALTER TABLE "review_strata" ALTER COLUMN "frame_case_ids" DROP NOT NULL;
