package se.delbart.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * What loading the Hunspell dictionary costs: time and heap retained, printed ({@code [lexicon]} lines), not
 * asserted (docs/search-quality.md). A second load in the same JVM, after the shared one, so class loading and JIT
 * of the reader are out of the figure.
 */
class SwedishLexiconFootprintTest {

    @Test
    void loadsOnceAndReportsItsCost() {
        SwedishLexicon shared = SwedishLexicon.get();
        assertThat(SwedishLexicon.get()).isSameAs(shared);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = usedAfterGc(memory);
        long start = System.nanoTime();
        SwedishLexicon second = SwedishLexicon.load();
        long millis = (System.nanoTime() - start) / 1_000_000;
        long after = usedAfterGc(memory);
        assertThat(second.isWord("kommun")).isTrue();
        System.out.printf(Locale.ROOT, "[lexicon] first load %d ms; a second load %d ms, heap retained %.1f MB%n",
                shared.loadMillis(), millis, (after - before) / 1_048_576.0);
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
