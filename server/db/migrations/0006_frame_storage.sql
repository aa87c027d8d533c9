-- A round's stored frame (every case id of each stratum, a million ids for a large round) is kept
-- out of line and uncompressed: compressing it cost more time than hashing and drawing the sample
-- (about 0.3–0.7 s of a million-case round), for a few megabytes of disk per round.
ALTER TABLE "review_strata" ALTER COLUMN "frame_case_ids" SET STORAGE EXTERNAL;
