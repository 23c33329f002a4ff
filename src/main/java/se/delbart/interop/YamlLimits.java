package se.delbart.interop;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Hard limits for untrusted YAML (prefix {@code delbart.interop.yaml}). Checked while streaming the parser's
 * events, before any tree is built, so a hostile file costs at most {@code maxBytes} of memory and one linear pass.
 *
 * @param maxBytes   largest accepted document (bytes)
 * @param maxAliases aliases (*ref) allowed in one document; publiccode.yml files rarely need any
 * @param maxDepth   deepest nesting of mappings and sequences
 * @param maxNodes   scalars, mappings and sequences in one document
 */
@ConfigurationProperties("delbart.interop.yaml")
public record YamlLimits(@DefaultValue("1048576") int maxBytes, @DefaultValue("50") int maxAliases,
        @DefaultValue("40") int maxDepth, @DefaultValue("50000") int maxNodes) {

    public static final YamlLimits DEFAULTS = new YamlLimits(1_048_576, 50, 40, 50_000);
}
