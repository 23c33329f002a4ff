-- Counts the changes that end an account's web sessions (disabled, another role or municipality, a new password).
-- A session remembers the count it was opened with; a different count in the database ends it on its next request.
ALTER TABLE app_user ADD COLUMN session_generation BIGINT NOT NULL DEFAULT 0;
