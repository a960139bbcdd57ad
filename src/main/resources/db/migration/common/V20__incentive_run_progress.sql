-- A run is carried out by whichever node's job store picks it up, so its progress is kept where every node can read
-- it; a run interrupted by its node's death names the run that redid it.
ALTER TABLE incentive_run ADD COLUMN progress_done INT NOT NULL DEFAULT 0;
ALTER TABLE incentive_run ADD COLUMN progress_total INT NOT NULL DEFAULT 0;
ALTER TABLE incentive_run ADD COLUMN retried_by BIGINT NULL;
