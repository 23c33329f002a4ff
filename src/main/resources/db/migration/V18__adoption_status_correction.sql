-- A municipality may correct a status it recorded by mistake (back to an earlier one). The correction is a step of
-- the history like any other, marked as a correction so that it is shown as one.
ALTER TABLE adoption_status_change ADD COLUMN correction BOOLEAN DEFAULT FALSE NOT NULL;
