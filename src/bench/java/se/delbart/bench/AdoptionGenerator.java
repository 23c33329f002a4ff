package se.delbart.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

import se.delbart.search.SolutionDocument;

/**
 * A deterministic adoption history over the {@link CorpusGenerator} corpus and the 290 municipalities of the register:
 * {@code count} distinct (solution, municipality) pairs, never by the publisher itself. A solution is drawn with
 * weight 1 + its corpus {@code adoptionCount} (a long tail: most solutions have none or few adopters, some many), a
 * municipality with weight population^0.5 (larger ones adopt more, not proportionally). Status: 60 % IN_PRODUCTION,
 * 15 % IMPLEMENTING, 10 % PLANNING, 10 % INTERESTED, 5 % DISCONTINUED. The same corpus and count give the same
 * history on every run and machine. Not a test: never run by surefire.
 */
public final class AdoptionGenerator {

    public static final long SEED = 0xAD0_2026L;

    /** A municipality of the register. */
    public record Kommun(String code, String name, String skrGroup, long population) {
    }

    /** One generated adoption. */
    public record GeneratedAdoption(UUID solutionId, String kommunkod, String status) {
    }

    private AdoptionGenerator() {
    }

    public static List<Kommun> municipalities() {
        return CorpusGenerator.municipalities().stream()
                .map(m -> new Kommun(m.code(), m.name(), m.skrGroup(), m.population())).toList();
    }

    public static List<GeneratedAdoption> generate(List<SolutionDocument> corpus, int count) {
        List<Kommun> kommuner = municipalities();
        double[] bySolution = new double[corpus.size()];
        double sum = 0;
        for (int i = 0; i < corpus.size(); i++) {
            sum += 1 + corpus.get(i).adoptionCount();
            bySolution[i] = sum;
        }
        double[] byKommun = new double[kommuner.size()];
        sum = 0;
        for (int k = 0; k < kommuner.size(); k++) {
            sum += Math.sqrt(kommuner.get(k).population());
            byKommun[k] = sum;
        }
        SplittableRandom random = new SplittableRandom(SEED);
        Set<String> seen = new HashSet<>();
        List<GeneratedAdoption> adoptions = new ArrayList<>(count);
        String[] statuses = { "IN_PRODUCTION", "IMPLEMENTING", "PLANNING", "INTERESTED", "DISCONTINUED" };
        int[] weights = { 60, 15, 10, 10, 5 };
        while (adoptions.size() < count) {
            SolutionDocument solution = corpus.get(CorpusGenerator.pickWeighted(random, bySolution));
            Kommun kommun = kommuner.get(CorpusGenerator.pickWeighted(random, byKommun));
            if (kommun.code().equals(solution.publisherCode()) || !seen.add(solution.id() + kommun.code())) {
                continue;
            }
            adoptions.add(new GeneratedAdoption(solution.id(), kommun.code(),
                    CorpusGenerator.weighted(random, statuses, weights)));
        }
        return adoptions;
    }
}
