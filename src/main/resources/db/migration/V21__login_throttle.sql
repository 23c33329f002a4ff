-- Login throttling per client (docs/security.md, V2.2.1). A client is an address, or a browser an account logged in
-- from before (its device cookie); failures on any account count, and are forgotten a day after the last one.
CREATE TABLE login_client (
    client_key       VARCHAR(100) NOT NULL PRIMARY KEY,
    failures         INTEGER      NOT NULL,
    last_failure_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    blocked_until    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX idx_login_client_last_failure ON login_client (last_failure_at);

-- Browsers an account logged in from (OWASP "device cookies"): only the SHA-256 of the cookie's secret is stored.
-- Such a browser is not held up when an account's failures make unknown clients wait; its own failures end its trust.
CREATE TABLE login_device (
    token_hash  VARCHAR(64)  NOT NULL PRIMARY KEY,
    user_id     BIGINT       NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    failures    INTEGER      NOT NULL DEFAULT 0,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX idx_login_device_user ON login_device (user_id);
CREATE INDEX idx_login_device_created ON login_device (created_at);
