package se.delbart.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** {@code delbart.insight.*} binds to {@link InsightProperties} with the documented defaults. */
class InsightPropertiesTest {

    private static InsightProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("delbart.insight", InsightProperties.class);
    }

    @Test
    void defaultsMatchTheDocsAndDefaults() {
        InsightProperties bound = bind(Map.of());
        assertThat(bound.unansweredSearchRetention()).isEqualTo(Period.ofMonths(13));
        assertThat(bound).isEqualTo(InsightProperties.defaults());
    }

    @Test
    void theUnansweredSearchRetentionKeepsItsPropertyName() {
        InsightProperties bound = bind(Map.of("delbart.insight.unanswered-search-retention", "P6M",
                "delbart.insight.overlap.similarity", "0.8"));
        assertThat(bound.unansweredSearchRetention()).isEqualTo(Period.ofMonths(6));
        assertThat(bound.overlap().similarity()).isEqualTo(0.8);
        assertThat(bound.scale()).isEqualTo(InsightProperties.Scale.defaults());
    }
}
