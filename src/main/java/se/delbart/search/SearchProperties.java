package se.delbart.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Which search adapter runs ({@code delbart.search.backend}) and where each keeps its index. */
@ConfigurationProperties(prefix = "delbart.search")
public record SearchProperties(@DefaultValue("lucene") Backend backend, @DefaultValue Lucene lucene, @DefaultValue Elasticsearch elasticsearch) {
    public enum Backend { LUCENE, ELASTICSEARCH }
    public record Lucene(@DefaultValue("./data/search") java.nio.file.Path directory) {}
    public record Elasticsearch(@DefaultValue("delbart-solutions") String index) {}
}
