package se.delbart.search;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Search settings.
 *
 * @param backend       {@code lucene} (embedded, default) or {@code elasticsearch}
 * @param lucene        where the embedded index lives
 * @param elasticsearch the alias the Elasticsearch adapter searches
 * @param repairMinAge  how old an incomplete index event must be before it is resubmitted
 * @param repairInterval how often an instance tries the repair (one instance at a time runs it)
 * @param adoptionDebounce how long after a solution's first adoption change its document waits for more changes,
 *                       so that a burst is indexed once
 */
@ConfigurationProperties(prefix = "delbart.search")
public record SearchProperties(@DefaultValue("lucene") Backend backend, @DefaultValue Lucene lucene,
        @DefaultValue Elasticsearch elasticsearch, @DefaultValue("PT20S") Duration repairMinAge,
        @DefaultValue("PT30S") Duration repairInterval, @DefaultValue("PT0.5S") Duration adoptionDebounce) {
    public enum Backend { LUCENE, ELASTICSEARCH }
    public record Lucene(@DefaultValue("./data/search") java.nio.file.Path directory) {}
    public record Elasticsearch(@DefaultValue("delbart-solutions") String index) {}
}
