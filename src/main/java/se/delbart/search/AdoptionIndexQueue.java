package se.delbart.search;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Solutions waiting for their adoption figures to reach the index (V27). Rows are only added and deleted, never
 * updated, so concurrent writers need no lock; a solution is due when its oldest row is old enough.
 */
@Repository
class AdoptionIndexQueue {

    private final JdbcClient jdbc;

    AdoptionIndexQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(UUID solutionId, Instant at) {
        jdbc.sql("INSERT INTO search_index_queue (solution_id, queued_at) VALUES (:solution, :at)")
                .param("solution", solutionId).param("at", Timestamp.from(at)).update();
    }

    /** Solutions first queued at or before {@code cutoff}, each with the newest row seen (what a flush may delete). */
    Map<UUID, Long> due(Instant cutoff, int limit) {
        Map<UUID, Long> due = new LinkedHashMap<>();
        jdbc.sql("SELECT solution_id, MAX(id) AS last_id FROM search_index_queue GROUP BY solution_id"
                + " HAVING MIN(queued_at) <= :cutoff ORDER BY MIN(queued_at) LIMIT :limit")
                .param("cutoff", Timestamp.from(cutoff)).param("limit", limit)
                .query(rs -> {
                    due.put(rs.getObject("solution_id", UUID.class), rs.getLong("last_id"));
                });
        return due;
    }

    /** Removes what a flush indexed; rows queued after {@code lastId} stay for the next burst. */
    void done(UUID solutionId, long lastId) {
        jdbc.sql("DELETE FROM search_index_queue WHERE solution_id = :solution AND id <= :last")
                .param("solution", solutionId).param("last", lastId).update();
    }

    long size() {
        return jdbc.sql("SELECT COUNT(*) FROM search_index_queue").query(Long.class).single();
    }
}
