-- The replies of an answered update, kept with its key from the turn's commit until they are
-- sent: a worker killed in between (its turn committed, its replies not yet out) leaves them
-- here, and the update sent again (to any worker) gets them instead of nothing.
ALTER TABLE processed_update ADD COLUMN replies TEXT;
