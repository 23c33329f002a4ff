-- Background work whose progress clients poll: kept in the database, so that behind a load balancer a poll that
-- reaches another instance than the one doing the work sees the same state.
-- A bulk publiccode.yml import: its latest report (JSON, as GET /api/v1/admin/interop/publiccode/bulk/{id} shows it).
CREATE TABLE bulk_import_job (
    id            UUID                     NOT NULL PRIMARY KEY,
    municipality  VARCHAR(4)               NOT NULL,
    started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    report        VARCHAR(1000000)         NOT NULL
);
CREATE INDEX idx_bulk_import_job_started ON bulk_import_job (started_at);

-- The search reindex: one row (id 1). updated_at moves with every progress step; a RUNNING row that has not moved
-- for a while belongs to an instance that died, and a new reindex may start.
CREATE TABLE search_reindex_status (
    id           INTEGER                  NOT NULL PRIMARY KEY,
    state        VARCHAR(10)              NOT NULL,
    total        BIGINT                   NOT NULL,
    done         BIGINT                   NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE,
    finished_at  TIMESTAMP WITH TIME ZONE,
    error        VARCHAR(1000),
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
