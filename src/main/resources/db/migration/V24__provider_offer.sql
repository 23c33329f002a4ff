-- Provider offers: organisations (companies, municipalities, regions, national actors) that offer hosting, support,
-- training, implementation help or development for a solution. Suggested by any municipality's staff, confirmed by
-- the publisher's editors. Removal keeps the row (removed_at) and every change is in provider_offer_change.
CREATE TABLE provider_offer (
    id                   UUID          NOT NULL PRIMARY KEY,
    version              BIGINT        NOT NULL,
    solution_id          UUID          NOT NULL REFERENCES solution (id),
    state                VARCHAR(16)   NOT NULL,
    organisation_name    VARCHAR(200)  NOT NULL,
    organisation_kind    VARCHAR(24)   NOT NULL,
    organisation_code    VARCHAR(4)    REFERENCES municipality (kommunkod),
    kinds                VARCHAR(200)  NOT NULL,
    audience             VARCHAR(32)   NOT NULL,
    audience_name        VARCHAR(200),
    price_model          VARCHAR(16),
    price_from_sek       BIGINT,
    price_to_sek         BIGINT,
    contact_name         VARCHAR(120),
    contact_email        VARCHAR(254),
    contact_url          VARCHAR(500),
    since_date           DATE,
    until_date           DATE,
    note                 VARCHAR(1000),
    source               VARCHAR(16)   NOT NULL,
    example              BOOLEAN       NOT NULL,
    suggested_by         VARCHAR(60)   NOT NULL,
    suggested_by_code    VARCHAR(4),
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    confirmed_by         VARCHAR(60),
    confirmed_at         TIMESTAMP WITH TIME ZONE,
    removed_by           VARCHAR(60),
    removed_at           TIMESTAMP WITH TIME ZONE,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX idx_provider_offer_solution ON provider_offer (solution_id, removed_at);
CREATE TABLE provider_offer_change (
    id           UUID          NOT NULL PRIMARY KEY,
    offer_id     UUID          NOT NULL REFERENCES provider_offer (id),
    solution_id  UUID          NOT NULL,
    version      BIGINT        NOT NULL,
    changed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by   VARCHAR(60)   NOT NULL,
    action       VARCHAR(16)   NOT NULL,
    state        VARCHAR(16)   NOT NULL,
    fields       VARCHAR(1000)
);
CREATE INDEX idx_provider_offer_change_offer ON provider_offer_change (offer_id, changed_at);
CREATE INDEX idx_provider_offer_change_solution ON provider_offer_change (solution_id, changed_at);
