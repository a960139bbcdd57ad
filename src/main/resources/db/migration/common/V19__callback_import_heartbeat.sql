-- A running import's last sign of life, renewed while it reads rows. An import whose node died, or whose database
-- went away before it could record its failure, stops renewing it and is then reported as interrupted.
ALTER TABLE satisfaction_import ADD COLUMN heartbeat_at TIMESTAMP(6) NULL;
