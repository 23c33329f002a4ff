-- A repeated import of the same publiccode.yml (same url) by the same municipality updates the solution it created
-- instead of adding a duplicate. Earlier imports take the url the catalogue kept as the source code address (the
-- mapper's url), which is the file's url unless that pointed at a Delbart page.
ALTER TABLE publiccode_import ADD COLUMN source_url VARCHAR(500);
ALTER TABLE publiccode_import ADD COLUMN publisher_code VARCHAR(4);
UPDATE publiccode_import SET
    source_url = (SELECT s.source_code_url FROM solution s WHERE s.id = publiccode_import.solution_id),
    publisher_code = (SELECT s.publisher_code FROM solution s WHERE s.id = publiccode_import.solution_id);
CREATE INDEX idx_publiccode_import_source ON publiccode_import (publisher_code, source_url);
