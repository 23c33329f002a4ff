-- Collaboration clusters an analyst saved from the proposals, and (once shared) shown to the members' staff.
CREATE TABLE collaboration_cluster (
    id          UUID          NOT NULL PRIMARY KEY,
    name        VARCHAR(120)  NOT NULL,
    note        VARCHAR(2000),
    theme       VARCHAR(200)  NOT NULL,
    reason      VARCHAR(4000) NOT NULL,
    shared      BOOLEAN       NOT NULL,
    shared_at   TIMESTAMP WITH TIME ZONE,
    created_by  VARCHAR(60)   NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE TABLE collaboration_cluster_member (
    cluster_id  UUID       NOT NULL REFERENCES collaboration_cluster (id) ON DELETE CASCADE,
    kommunkod   VARCHAR(4) NOT NULL REFERENCES municipality (kommunkod),
    PRIMARY KEY (cluster_id, kommunkod)
);
CREATE INDEX idx_cluster_member_kommunkod ON collaboration_cluster_member (kommunkod);
