-- Spring Modulith's persistent event publication registry (JPA, Modulith 2.0): every event a module publishes in a
-- transaction is stored here with it, and marked completed once its listener has run. Incomplete publications are
-- resubmitted on restart and periodically, so no catalogue change is lost between commit and search indexing.
CREATE TABLE event_publication (
    id                      UUID           NOT NULL PRIMARY KEY,
    listener_id             VARCHAR(512)   NOT NULL,
    event_type              VARCHAR(512)   NOT NULL,
    serialized_event        VARCHAR(65535) NOT NULL,
    publication_date        TIMESTAMP WITH TIME ZONE NOT NULL,
    completion_date         TIMESTAMP WITH TIME ZONE,
    last_resubmission_date  TIMESTAMP WITH TIME ZONE,
    completion_attempts     INTEGER        NOT NULL DEFAULT 0,
    status                  VARCHAR(20)
);
CREATE INDEX idx_event_publication_incomplete ON event_publication (completion_date, publication_date);

-- Only used when completed publications are archived (spring.modulith.events.completion-mode=archive).
CREATE TABLE event_publication_archive (
    id                      UUID           NOT NULL PRIMARY KEY,
    listener_id             VARCHAR(512)   NOT NULL,
    event_type              VARCHAR(512)   NOT NULL,
    serialized_event        VARCHAR(65535) NOT NULL,
    publication_date        TIMESTAMP WITH TIME ZONE NOT NULL,
    completion_date         TIMESTAMP WITH TIME ZONE,
    last_resubmission_date  TIMESTAMP WITH TIME ZONE,
    completion_attempts     INTEGER        NOT NULL DEFAULT 0,
    status                  VARCHAR(20)
);
