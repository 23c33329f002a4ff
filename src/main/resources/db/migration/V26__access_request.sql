-- Requests for access from municipal staff ("Så får din kommun tillgång"). Kept only until decided plus the retention
-- period (delbart.access.retention, 30 days by default): then a scheduled job deletes them.
CREATE TABLE access_request (
    id                 UUID          NOT NULL PRIMARY KEY,
    name               VARCHAR(120)  NOT NULL,
    email              VARCHAR(254)  NOT NULL,
    municipality_code  VARCHAR(4)    NOT NULL REFERENCES municipality (kommunkod),
    role               VARCHAR(16)   NOT NULL,
    needs_check        BOOLEAN       NOT NULL,
    status             VARCHAR(16)   NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_at         TIMESTAMP WITH TIME ZONE,
    decided_by         VARCHAR(60),
    reason             VARCHAR(500),
    account_username   VARCHAR(60),
    version            BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX idx_access_request_status ON access_request (status, created_at);

-- Rate limit of the request form, in the database so that it holds across instances (as login_client does for
-- logins): one fixed window per key. Keys are SHA-256 hashes of the client address or the e-mail address.
CREATE TABLE access_request_limit (
    limit_key        VARCHAR(80)  NOT NULL PRIMARY KEY,
    attempts         INTEGER      NOT NULL,
    window_start     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX idx_access_request_limit_window ON access_request_limit (window_start);

-- One-time links to set the first password of an account created from an approved request: only the SHA-256 of the
-- secret is stored; a link works once and until it expires.
CREATE TABLE account_setup_token (
    token_hash  VARCHAR(64)  NOT NULL PRIMARY KEY,
    user_id     BIGINT       NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX idx_account_setup_token_user ON account_setup_token (user_id);
CREATE INDEX idx_account_setup_token_expires ON account_setup_token (expires_at);
