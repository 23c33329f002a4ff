package se.delbart.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

/** Hostile YAML is refused quickly, with a clear error, and without building what it describes. */
class HostileYamlTest {

    private final PubliccodeReader reader = new PubliccodeReader(YamlLimits.DEFAULTS);

    /**
     * Billion laughs grown to about 1 MB: ten levels of ten aliases each (10^10 nodes when expanded), then more
     * levels of aliases until the file is a megabyte. With {@code padded}, a megabyte of comments comes first, so
     * that the whole file must be scanned before the first alias.
     */
    static byte[] aliasBomb(boolean padded) {
        StringBuilder yaml = new StringBuilder("a0: &a0 [\"lol\"]\n");
        int level = 1;
        while (yaml.length() < (padded ? 1_000 : 1_000_000)) {
            yaml.append("a").append(level).append(": &a").append(level).append(" [");
            for (int i = 0; i < 10; i++) {
                yaml.append(i == 0 ? "" : ", ").append("*a").append(level - 1);
            }
            yaml.append("]\n");
            level++;
        }
        StringBuilder padding = new StringBuilder();
        while (padded && yaml.length() + padding.length() < 1_000_000) {
            padding.append("# padding to make the bomb about one megabyte large.....................................\n");
        }
        return (padding + yaml.toString()).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aOneMegabyteAliasBombIsRefusedInWellUnderASecondWithFlatMemory() {
        refusedQuickly(aliasBomb(false), Duration.ofMillis(500));
    }

    @Test
    void aBombBehindAMegabyteOfCommentsIsRefusedInUnderASecond() {
        reader.validate(PubliccodeValidatorTest.fixture("minimal.yml").getBytes(StandardCharsets.UTF_8), Assets.NONE);
        refusedQuickly(aliasBomb(true), Duration.ofSeconds(1));
    }

    private void refusedQuickly(byte[] bomb, Duration limit) {
        assertThat(bomb.length).isBetween(900_000, YamlLimits.DEFAULTS.maxBytes());
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long before = runtime.totalMemory() - runtime.freeMemory();
        long start = System.nanoTime();
        PubliccodeValidation result = reader.validate(bomb, Assets.NONE);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        long grown = runtime.totalMemory() - runtime.freeMemory() - before;

        assertThat(result.rejected()).isEqualTo(YamlRejectedException.Reason.LIMIT_EXCEEDED);
        assertThat(result.errors()).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("aliases");
            assertThat(f.line()).isPositive();
        });
        assertThat(took).isLessThan(limit);
        // The document is 1 MB; expanding it would need gigabytes. Allow the parser's buffers and some garbage.
        assertThat(grown).isLessThan(64L * 1024 * 1024);
    }

    @Test
    void deepNestingIsRefusedBeforeTheTreeIsBuilt() {
        String deep = "a: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
        PubliccodeValidation result = reader.validate(deep.getBytes(StandardCharsets.UTF_8), Assets.NONE);
        assertThat(result.rejected()).isEqualTo(YamlRejectedException.Reason.LIMIT_EXCEEDED);
        assertThat(result.errors().get(0).message()).contains("nested deeper than 40");
    }

    @Test
    void tooLargeDocumentsAreNotParsed() {
        byte[] big = ("name: \"" + "x".repeat(YamlLimits.DEFAULTS.maxBytes()) + "\"\n").getBytes(StandardCharsets.UTF_8);
        PubliccodeValidation result = reader.validate(big, Assets.NONE);
        assertThat(result.rejected()).isEqualTo(YamlRejectedException.Reason.TOO_LARGE);
    }

    @Test
    void tooManyValuesAreRefused() {
        StringBuilder yaml = new StringBuilder("usedBy:\n");
        for (int i = 0; i < 60_000; i++) {
            yaml.append("- k").append(i).append('\n');
        }
        PubliccodeValidation result = reader.validate(yaml.toString().getBytes(StandardCharsets.UTF_8), Assets.NONE);
        assertThat(result.rejected()).isEqualTo(YamlRejectedException.Reason.LIMIT_EXCEEDED);
    }

    @Test
    void aFewAliasesFannedOutOverLevelsAreRefusedByWhatTheyExpandTo() {
        // 40 aliases in all (under the alias limit), but level 4 stands for 10^4 copies of 30 values
        StringBuilder yaml = new StringBuilder("a0: &a0 [" + "x, ".repeat(29) + "x]\n");
        for (int level = 1; level <= 4; level++) {
            yaml.append("a").append(level).append(": &a").append(level).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(10, "*a" + (level - 1)))).append("]\n");
        }
        PubliccodeValidation result = reader.validate(yaml.toString().getBytes(StandardCharsets.UTF_8), Assets.NONE);
        assertThat(result.rejected()).isEqualTo(YamlRejectedException.Reason.LIMIT_EXCEEDED);
        assertThat(result.errors().get(0).message()).contains("aliases counted as what they repeat");
    }

    @Test
    void recursiveAliasesAndOtherYamlErrorsAreFileErrorsWithAPosition() {
        PubliccodeValidation recursive = reader.validate("a: &x [*x]\n".getBytes(StandardCharsets.UTF_8), Assets.NONE);
        assertThat(recursive.isValid()).isFalse();

        PubliccodeValidation broken = reader.validate("name: ok\nurl: [unclosed\nplatforms: x\n".getBytes(StandardCharsets.UTF_8), Assets.NONE);
        assertThat(broken.rejected()).isEqualTo(YamlRejectedException.Reason.INVALID_YAML);
        assertThat(broken.errors()).singleElement().satisfies(f -> {
            assertThat(f.path()).isEmpty();
            assertThat(f.line()).isPositive();
        });
        PubliccodeValidation twoDocuments = reader.validate("name: a\n---\nname: b\n".getBytes(StandardCharsets.UTF_8), Assets.NONE);
        assertThat(twoDocuments.isValid()).isFalse();
    }

    @Test
    void anEmptyVersionIsMissing() {
        String yaml = PubliccodeValidatorTest.fixture("minimal.yml").replace("publiccodeYmlVersion: \"0.7.0\"", "publiccodeYmlVersion:");
        assertThat(reader.validate(yaml.getBytes(StandardCharsets.UTF_8), Assets.NONE).errors())
                .extracting(Finding::path).containsExactly("publiccodeYmlVersion");
    }

    @Test
    void invalidUtf8AndNonMappingsAreRefused() {
        byte[] latin1 = "name: Hj\u00e4lp\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(reader.validate(latin1, Assets.NONE).errors()).extracting(Finding::message).containsExactly("Invalid UTF-8");
        assertThat(reader.validate("- a\n- b\n".getBytes(StandardCharsets.UTF_8), Assets.NONE).errors())
                .extracting(Finding::path).containsExactly("");
        assertThat(reader.validate(new byte[0], Assets.NONE).isValid()).isFalse();
    }

    @Test
    void aFewAliasesInAnOrdinaryFileAreFine() {
        String yaml = PubliccodeValidatorTest.fixture("minimal.yml").replace("platforms:\n  - web", "platforms: &p\n  - web")
                + "usedBy: *p\n";
        assertThat(reader.validate(yaml.getBytes(StandardCharsets.UTF_8), Assets.NONE).errors()).isEmpty();
    }
}
