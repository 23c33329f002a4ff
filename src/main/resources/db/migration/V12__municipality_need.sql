-- Needs a municipality declares ("vi behöver ett sätt att …"), with the domains they concern (codes, comma-separated).
CREATE TABLE municipality_need (
    id          UUID          NOT NULL PRIMARY KEY,
    kommunkod   VARCHAR(4)    NOT NULL REFERENCES municipality (kommunkod),
    need_text   VARCHAR(300)  NOT NULL,
    domains     VARCHAR(400)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(60)   NOT NULL
);
CREATE INDEX idx_municipality_need_kommunkod ON municipality_need (kommunkod, created_at);
