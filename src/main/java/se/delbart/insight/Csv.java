package se.delbart.insight;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV as RFC 4180 describes it (comma, CRLF, quotes doubled), UTF-8 with a byte-order mark so spreadsheet programs
 * read å, ä and ö. A cell that starts like a formula (=, +, -, @, tab, CR) gets a leading apostrophe, and so does such
 * a start after a ';', CR or LF inside a cell (Swedish Excel splits on ';'); cells with ',', ';', quotes or line breaks
 * are quoted. So a name typed by a municipality can never run as a formula in an analyst's spreadsheet (CSV
 * injection). Numbers are written as given.
 */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv;charset=UTF-8";
    private static final String FORMULA_START = "=+-@\t\r";
    private static final java.util.regex.Pattern FORMULA_AFTER_BREAK = java.util.regex.Pattern.compile(
            "([;\\r\\n])([=+\\-@\\t\\r])");

    private final StringBuilder text = new StringBuilder("\uFEFF");

    private Csv() {
    }

    /** A document that starts with this header row. */
    public static Csv withHeader(String... columns) {
        Csv csv = new Csv();
        csv.row((Object[]) columns);
        return csv;
    }

    /** Appends a row; null cells are empty, numbers are not quoted or escaped. */
    public Csv row(Object... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(cell(cells[i]));
        }
        text.append("\r\n");
        return this;
    }

    public Csv rows(List<? extends Object[]> rows) {
        rows.forEach(this::row);
        return this;
    }

    public byte[] bytes() {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return text.toString();
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number) {
            return value.toString();
        }
        // a spreadsheet that splits on ';' (Swedish Excel) or breaks the line ignores quotes that do not open its
        // cell, so what follows a ';', CR or LF starts a cell too
        String s = FORMULA_AFTER_BREAK.matcher(value.toString()).replaceAll("$1'$2");
        if (!s.isEmpty() && FORMULA_START.indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.indexOf(',') >= 0 || s.indexOf(';') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0
                || s.indexOf('\r') >= 0 || s.indexOf('\'') == 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
