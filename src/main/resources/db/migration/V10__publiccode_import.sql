-- publiccode.yml imports: what a file said that the catalogue has no field for, kept beside the imported solution.
-- used_by is the publisher's own, unverified list (never adoptions); lists are stored one entry a line.
CREATE TABLE publiccode_import (
    solution_id         UUID                     NOT NULL PRIMARY KEY REFERENCES solution (id),
    imported_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    imported_by         VARCHAR(100)             NOT NULL,
    publiccode_version  VARCHAR(10),
    used_by             VARCHAR(4000),
    platforms           VARCHAR(1000),
    maintenance_type    VARCHAR(20)
);
