-- Portfolio: a municipality's initiatives (national, local, joint), valued at department level (level 1) and at
-- municipality level (level 2), with its own departments, strategic goals, weights and budgets.
CREATE TABLE portfolio_settings (
    kommunkod              VARCHAR(4)   NOT NULL PRIMARY KEY REFERENCES municipality (kommunkod),
    version                BIGINT       NOT NULL,
    horizon_years          INTEGER      NOT NULL,
    day_rate_sek           BIGINT       NOT NULL,
    w_time_saved           INTEGER      NOT NULL,
    w_less_admin           INTEGER      NOT NULL,
    w_service_quality      INTEGER      NOT NULL,
    w_work_environment     INTEGER      NOT NULL,
    w_goals                INTEGER      NOT NULL,
    w_citizen              INTEGER      NOT NULL,
    w_interoperability     INTEGER      NOT NULL,
    w_standards            INTEGER      NOT NULL,
    w_scalability          INTEGER      NOT NULL,
    w_reach                INTEGER      NOT NULL,
    updated_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by             VARCHAR(60)  NOT NULL
);
CREATE TABLE portfolio_department (
    kommunkod  VARCHAR(4)   NOT NULL REFERENCES portfolio_settings (kommunkod) ON DELETE CASCADE,
    position   INTEGER      NOT NULL,
    name       VARCHAR(120) NOT NULL,
    PRIMARY KEY (kommunkod, position)
);
CREATE TABLE portfolio_goal (
    kommunkod  VARCHAR(4)   NOT NULL REFERENCES portfolio_settings (kommunkod) ON DELETE CASCADE,
    position   INTEGER      NOT NULL,
    name       VARCHAR(200) NOT NULL,
    PRIMARY KEY (kommunkod, position)
);
CREATE TABLE portfolio_budget (
    kommunkod    VARCHAR(4)  NOT NULL REFERENCES portfolio_settings (kommunkod) ON DELETE CASCADE,
    budget_year  INTEGER     NOT NULL,
    budget_kind  VARCHAR(16) NOT NULL,
    amount_sek   BIGINT      NOT NULL,
    PRIMARY KEY (kommunkod, budget_year, budget_kind)
);
-- The per-municipality permission to assess at municipality level and decide, granted by an administrator.
CREATE TABLE portfolio_manager (
    kommunkod   VARCHAR(4)  NOT NULL REFERENCES municipality (kommunkod),
    username    VARCHAR(60) NOT NULL,
    granted_by  VARCHAR(60) NOT NULL,
    granted_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (kommunkod, username)
);
CREATE TABLE portfolio_initiative (
    id                     UUID          NOT NULL PRIMARY KEY,
    version                BIGINT        NOT NULL,
    kommunkod              VARCHAR(4)    NOT NULL REFERENCES municipality (kommunkod),
    title                  VARCHAR(200)  NOT NULL,
    description            VARCHAR(4000),
    need_id                UUID,
    need_text              VARCHAR(300),
    origin                 VARCHAR(16)   NOT NULL,
    solution_id            UUID,
    budget_kind            VARCHAR(16)   NOT NULL,
    status                 VARCHAR(16)   NOT NULL,
    -- level 1: department
    l1_time_saved          INTEGER,
    l1_time_saved_note     VARCHAR(500),
    l1_less_admin          INTEGER,
    l1_less_admin_note     VARCHAR(500),
    l1_service_quality     INTEGER,
    l1_service_quality_note VARCHAR(500),
    l1_work_environment    INTEGER,
    l1_work_environment_note VARCHAR(500),
    one_off_sek            BIGINT,
    yearly_sek             BIGINT,
    internal_days          INTEGER,
    adaptation_days        INTEGER,
    adaptation_sek         BIGINT,
    weeks_to_value         INTEGER,
    risks                  VARCHAR(2000),
    l1_assessed_at         TIMESTAMP WITH TIME ZONE,
    l1_assessed_by         VARCHAR(60),
    -- level 2: municipality
    citizen_value          INTEGER,
    citizen_note           VARCHAR(500),
    interoperability       INTEGER,
    standards              INTEGER,
    scalability            INTEGER,
    reach_departments      INTEGER,
    inaction_note          VARCHAR(1000),
    inaction_sek_per_year  BIGINT,
    l2_assessed_at         TIMESTAMP WITH TIME ZONE,
    l2_assessed_by         VARCHAR(60),
    -- the decision and its motivation (also for STOPPED)
    decision_motivation    VARCHAR(2000),
    decided_by             VARCHAR(60),
    decided_at             TIMESTAMP WITH TIME ZONE,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by             VARCHAR(60)   NOT NULL,
    updated_at             TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX idx_portfolio_initiative_kommunkod ON portfolio_initiative (kommunkod, created_at);
CREATE INDEX idx_portfolio_initiative_solution ON portfolio_initiative (solution_id);
CREATE TABLE portfolio_initiative_department (
    initiative_id  UUID         NOT NULL REFERENCES portfolio_initiative (id) ON DELETE CASCADE,
    position       INTEGER      NOT NULL,
    department     VARCHAR(120) NOT NULL,
    PRIMARY KEY (initiative_id, position)
);
CREATE TABLE portfolio_initiative_goal (
    initiative_id  UUID         NOT NULL REFERENCES portfolio_initiative (id) ON DELETE CASCADE,
    goal           VARCHAR(200) NOT NULL,
    score          INTEGER      NOT NULL,
    PRIMARY KEY (initiative_id, goal)
);
CREATE TABLE portfolio_initiative_change (
    id             UUID          NOT NULL PRIMARY KEY,
    initiative_id  UUID          NOT NULL REFERENCES portfolio_initiative (id) ON DELETE CASCADE,
    version        BIGINT        NOT NULL,
    changed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by     VARCHAR(60)   NOT NULL,
    action         VARCHAR(32)   NOT NULL,
    status         VARCHAR(16)   NOT NULL,
    fields         VARCHAR(2000),
    motivation     VARCHAR(2000)
);
CREATE INDEX idx_portfolio_change_initiative ON portfolio_initiative_change (initiative_id, changed_at);
