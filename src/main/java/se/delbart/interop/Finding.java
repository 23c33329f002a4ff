package se.delbart.interop;

import java.io.Serializable;

/**
 * One error or warning about a publiccode.yml: the key path as the official parser names it (e.g.
 * {@code description.en.shortDescription}, {@code maintenance.contacts[0].email}; empty for the whole file), a
 * message, and the 1-based line and column in the file (0 when the problem has no position, e.g. a missing key
 * of a missing section). Serialisable: the import page hands findings to the next request in the flash, which lives
 * in the (database-backed) session.
 */
public record Finding(Level level, String path, String message, int line, int column) implements Serializable {

    private static final long serialVersionUID = 1L;

    public enum Level {
        ERROR, WARNING
    }

    static Finding error(String path, String message, Position at) {
        return new Finding(Level.ERROR, path, message, at.line(), at.column());
    }

    static Finding warning(String path, String message, Position at) {
        return new Finding(Level.WARNING, path, message, at.line(), at.column());
    }

    public boolean isError() {
        return level == Level.ERROR;
    }

    /** A 1-based place in the file. */
    record Position(int line, int column) {
        static final Position NONE = new Position(0, 0);
    }
}
