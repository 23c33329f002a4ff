package se.delbart.interop;

import java.util.List;
import java.util.Optional;

import org.snakeyaml.engine.v2.nodes.Node;

/** Reads untrusted bytes as publiccode.yml: hardened YAML parsing ({@link SafeYaml}) and then the spec's rules. */
public final class PubliccodeReader {

    private final SafeYaml yaml;

    public PubliccodeReader(YamlLimits limits) {
        this.yaml = new SafeYaml(limits);
    }

    /** Never throws for bad input: everything wrong with it is in the findings. */
    public PubliccodeValidation validate(byte[] bytes, Assets assets) {
        Optional<Node> root;
        try {
            root = yaml.read(bytes);
        } catch (YamlRejectedException e) {
            return new PubliccodeValidation(List.of(e.finding()), null, e.reason());
        }
        if (root.isEmpty()) {
            return new PubliccodeValidation(List.of(Finding.error("", "The file is empty", Finding.Position.NONE)), null,
                    YamlRejectedException.Reason.INVALID_YAML);
        }
        return new PubliccodeValidation(PubliccodeValidator.validate(root.get(), assets), root.get(), null);
    }
}
