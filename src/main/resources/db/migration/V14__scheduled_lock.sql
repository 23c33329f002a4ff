-- Scheduled work runs on one instance at a time: a job takes its row with an atomic UPDATE ... WHERE lock_until <= now
-- (shared.ClusterLock). lock_until outlives a crashed holder only until it passes; runs counts the runs actually made.
CREATE TABLE scheduled_lock (
    name        VARCHAR(64)              NOT NULL PRIMARY KEY,
    lock_until  TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_by   VARCHAR(255)             NOT NULL,
    runs        BIGINT                   NOT NULL DEFAULT 0
);
