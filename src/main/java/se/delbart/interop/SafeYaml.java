package se.delbart.interop;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionEndEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads untrusted YAML into a node tree (SnakeYAML Engine, YAML 1.2 core schema) within {@link YamlLimits}: the size
 * is checked on the bytes, then one streaming pass over the parser's events counts aliases, depth and nodes before
 * the composer (which recurses and would share aliased nodes) ever runs. Nothing is expanded, so an alias bomb is
 * refused after reading its first aliases, in linear time and flat memory.
 */
final class SafeYaml {

    private final YamlLimits limits;

    SafeYaml(YamlLimits limits) {
        this.limits = limits;
    }

    /** The root node, or empty for an empty document. */
    Optional<Node> read(byte[] bytes) {
        if (bytes.length > limits.maxBytes()) {
            throw new YamlRejectedException(YamlRejectedException.Reason.TOO_LARGE,
                    "The file is " + bytes.length + " bytes; at most " + limits.maxBytes() + " bytes are accepted.",
                    Finding.Position.NONE);
        }
        String text = decode(bytes);
        LoadSettings settings = LoadSettings.builder()
                .setSchema(new CoreSchema())
                .setCodePointLimit(limits.maxBytes())
                .setMaxAliasesForCollections(limits.maxAliases())
                .setAllowRecursiveKeys(false)
                .setAllowNonScalarKeys(false)
                .setAllowDuplicateKeys(true) // duplicates are reported by the validator, with their position
                .setLabel("publiccode.yml")
                .build();
        try {
            checkStructure(new Parse(settings).parseString(text));
            return new Compose(settings).composeString(text);
        } catch (YamlRejectedException e) {
            throw e;
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().orElse(e.getContextMark().orElse(null));
            throw new YamlRejectedException(YamlRejectedException.Reason.INVALID_YAML, e.getProblem(), position(mark));
        } catch (YamlEngineException | IllegalArgumentException | IllegalStateException e) {
            throw new YamlRejectedException(YamlRejectedException.Reason.INVALID_YAML,
                    "The file is not valid YAML: " + firstLine(e.getMessage()), Finding.Position.NONE);
        }
    }

    /**
     * One pass over the events: depth, aliases, and the number of values the document stands for once aliases are
     * followed (each alias counts the whole anchored subtree). The validator and mapper walk that expanded tree, so
     * bounding it bounds their work, also for a few aliases fanned out over several levels.
     */
    private void checkStructure(Iterable<Event> events) {
        int depth = 0;
        int aliases = 0;
        long expanded = 0;
        Map<String, Long> anchored = new HashMap<>();
        Deque<long[]> open = new ArrayDeque<>(); // per open collection: values in it so far
        Deque<String> openAnchors = new ArrayDeque<>();
        for (Event event : events) {
            long added = 0;
            if (event instanceof CollectionStartEvent start) {
                depth++;
                if (depth > limits.maxDepth()) {
                    reject("The YAML is nested deeper than " + limits.maxDepth() + " levels.", event);
                }
                open.push(new long[] { 1 });
                openAnchors.push(start.getAnchor().map(Anchor::getValue).orElse(""));
                added = 1;
            } else if (event instanceof CollectionEndEvent) {
                depth--;
                long size = open.pop()[0];
                String anchor = openAnchors.pop();
                if (!anchor.isEmpty()) {
                    anchored.put(anchor, size);
                }
                if (!open.isEmpty()) {
                    open.peek()[0] += size;
                }
            } else if (event instanceof AliasEvent alias) {
                aliases++;
                if (aliases > limits.maxAliases()) {
                    reject("The YAML uses more than " + limits.maxAliases()
                            + " aliases (*references); files with that many are refused to protect the service.", event);
                }
                added = anchored.getOrDefault(alias.getAlias().getValue(), 1L);
            } else if (event instanceof ScalarEvent scalar) {
                added = 1;
                scalar.getAnchor().ifPresent(a -> anchored.put(a.getValue(), 1L));
            }
            if (added > 0 && !(event instanceof CollectionStartEvent) && !open.isEmpty()) {
                open.peek()[0] += added;
            }
            expanded += added;
            if (expanded > limits.maxNodes()) {
                reject("The YAML has more than " + limits.maxNodes() + " values (aliases counted as what they repeat).", event);
            }
        }
    }

    private static void reject(String message, Event at) {
        throw new YamlRejectedException(YamlRejectedException.Reason.LIMIT_EXCEEDED, message,
                position(at.getStartMark().orElse(null)));
    }

    static Finding.Position position(Mark mark) {
        return mark == null ? Finding.Position.NONE : new Finding.Position(mark.getLine() + 1, mark.getColumn() + 1);
    }

    private static String decode(byte[] bytes) {
        int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new YamlRejectedException(YamlRejectedException.Reason.INVALID_YAML, "Invalid UTF-8",
                    Finding.Position.NONE);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
