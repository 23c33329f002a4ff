-- Sweden's municipalities (kommuner). Facts are loaded by V2; see docs/data-sources.md.
CREATE TABLE municipality (
    kommunkod        VARCHAR(4)     NOT NULL PRIMARY KEY,
    name             VARCHAR(100) NOT NULL,
    county_code      VARCHAR(2)   NOT NULL,
    county_name      VARCHAR(100) NOT NULL,
    population       INTEGER      NOT NULL,
    population_year  INTEGER      NOT NULL,
    skr_group_code   VARCHAR(2)   NOT NULL,
    skr_group_name   VARCHAR(100) NOT NULL
);
CREATE INDEX idx_municipality_county ON municipality (county_code);
CREATE INDEX idx_municipality_group ON municipality (skr_group_code);
