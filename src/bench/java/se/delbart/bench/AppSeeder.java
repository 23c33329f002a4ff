package se.delbart.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;

import se.delbart.search.SolutionDocument;

/**
 * Writes the generated corpus as published solutions straight into the application's database (the catalogue
 * tables of V3__catalog.sql), for the load test of {@code GET /api/v1/search}: the application, started afterwards,
 * sees the index count differ from the published count and rebuilds its search index from the database, the
 * production path. Only for a throwaway database or schema (docs/bench/search-load.sh makes one).
 *
 * <pre>java -cp … se.delbart.bench.AppSeeder jdbc:postgresql://127.0.0.1:5432/test?currentSchema=bench_app postgres 10000</pre>
 */
public final class AppSeeder {

    private AppSeeder() {
    }

    public static void main(String[] args) throws SQLException {
        String url = args[0];
        String user = args[1];
        int size = Integer.parseInt(args[2]);
        try (Connection c = DriverManager.getConnection(url, user, "")) {
            c.setAutoCommit(false);
            try (PreparedStatement solution = c.prepareStatement("""
                    INSERT INTO solution (id, version, lifecycle, publisher_code, name, summary, description, problem,
                        licence, solution_type, maturity, origin, competence_needed, impl_days_min, impl_days_max,
                        effort_level, created_at, updated_at, published_at)
                    VALUES (?, 0, 'PUBLISHED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
                    PreparedStatement domain = c.prepareStatement(
                            "INSERT INTO solution_domain (solution_id, domain) VALUES (?, ?)");
                    PreparedStatement tag = c.prepareStatement("INSERT INTO solution_tag (solution_id, tag) VALUES (?, ?)");
                    PreparedStatement feature = c.prepareStatement(
                            "INSERT INTO solution_feature (solution_id, position, feature) VALUES (?, ?, ?)");
                    PreparedStatement ideal = c.prepareStatement(
                            "INSERT INTO solution_ideal_type (solution_id, ideal_type, reason) VALUES (?, ?, ?)")) {
                int n = 0;
                for (SolutionDocument d : (Iterable<SolutionDocument>) CorpusGenerator.stream(size)::iterator) {
                    Timestamp published = Timestamp.from(d.publishedAt());
                    Integer implMax = d.effortLevel() == null ? null : switch (d.effortLevel()) {
                        case "LOW" -> 5;
                        case "MEDIUM" -> 30;
                        default -> 90;
                    };
                    solution.setObject(1, d.id());
                    solution.setString(2, d.publisherCode());
                    solution.setString(3, cut(d.name(), 120));
                    solution.setString(4, cut(d.summary(), 150));
                    solution.setString(5, d.description());
                    solution.setString(6, d.problem());
                    solution.setString(7, d.openSource() ? "EUPL-1.2" : "PROPRIETARY");
                    solution.setString(8, d.solutionType());
                    solution.setString(9, d.status());
                    solution.setString(10, d.origin());
                    solution.setString(11, d.competenceNeeded());
                    solution.setObject(12, implMax == null ? null : 1, java.sql.Types.INTEGER);
                    solution.setObject(13, implMax, java.sql.Types.INTEGER);
                    solution.setString(14, d.effortLevel());
                    solution.setTimestamp(15, published);
                    solution.setTimestamp(16, published);
                    solution.setTimestamp(17, published);
                    solution.addBatch();
                    for (String value : d.domains()) {
                        domain.setObject(1, d.id());
                        domain.setString(2, value.toUpperCase(java.util.Locale.ROOT).replace('-', '_')); // enum name
                        domain.addBatch();
                    }
                    for (String value : d.tags()) {
                        tag.setObject(1, d.id());
                        tag.setString(2, cut(value, 60));
                        tag.addBatch();
                    }
                    List<String> features = d.features().stream().distinct().toList();
                    for (int k = 0; k < features.size(); k++) {
                        feature.setObject(1, d.id());
                        feature.setInt(2, k);
                        feature.setString(3, features.get(k));
                        feature.addBatch();
                    }
                    for (String value : d.idealTypes()) {
                        ideal.setObject(1, d.id());
                        ideal.setString(2, value);
                        ideal.setString(3, "Genererad för lasttest");
                        ideal.addBatch();
                    }
                    if (++n % 1000 == 0) {
                        flush(solution, domain, tag, feature, ideal);
                    }
                }
                flush(solution, domain, tag, feature, ideal);
                c.commit();
                System.out.println("[seed] " + n + " published solutions written");
            }
        }
    }

    private static void flush(PreparedStatement... statements) throws SQLException {
        for (PreparedStatement statement : statements) {
            statement.executeBatch();
        }
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
