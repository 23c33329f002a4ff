package se.delbart.portfolio;

import java.util.List;

/**
 * A piece of guidance on an initiative, chosen by the municipality's ideal-type mix; it advises, it never blocks.
 * {@code code} names the message (portfolio.advice.{code}); {@code args} fill it.
 */
public record Advice(Code code, List<String> args) {

    public Advice {
        args = List.copyOf(args);
    }

    public enum Code {
        /** Pragmatic: no linked need, no goal and no department value: implementation as an end in itself. */
        NO_VALUE_BASIS,
        /** Pragmatic: the adaptation needed before any value is not estimated, while the publisher states some. */
        ADAPTATION_NOT_ESTIMATED,
        /** Operational: a national initiative whose system-wide values are not assessed. */
        SYSTEM_VALUES_NOT_ASSESSED,
        /** Operational: another department proposes a similar initiative (same need or same solution). */
        SILO_RISK,
        /** Strategic: assessed by the department, not yet at municipality level. */
        MUNICIPALITY_LEVEL_MISSING,
        /** Any type: the cost of not acting is not considered. */
        INACTION_NOT_CONSIDERED
    }
}
