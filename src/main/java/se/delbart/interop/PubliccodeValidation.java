package se.delbart.interop;

import java.util.List;
import java.util.Optional;

import org.snakeyaml.engine.v2.nodes.Node;

/**
 * The outcome of reading and validating one publiccode.yml: every error and warning, and the node tree when the
 * YAML could be read at all ({@code rejected} says why not: size, limits or syntax).
 */
public record PubliccodeValidation(List<Finding> findings, Node root, YamlRejectedException.Reason rejected) {

    public PubliccodeValidation {
        findings = List.copyOf(findings);
    }

    public List<Finding> errors() {
        return findings.stream().filter(Finding::isError).toList();
    }

    public List<Finding> warnings() {
        return findings.stream().filter(f -> !f.isError()).toList();
    }

    public boolean isValid() {
        return errors().isEmpty();
    }

    Optional<Node> tree() {
        return Optional.ofNullable(root);
    }
}
