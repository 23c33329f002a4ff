package se.delbart.portfolio.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The portfolio as CSV for Swedish Excel: semicolon-separated, UTF-8 with a byte-order mark, every cell that holds a
 * separator, quote, CR or LF quoted, and a leading = + - @ (or tab, CR) neutralised with an apostrophe so that no cell
 * is read as a formula.
 */
final class PortfolioCsv {

    static final String MEDIA_TYPE = "text/csv;charset=UTF-8";

    private final StringBuilder out = new StringBuilder("\uFEFF");

    PortfolioCsv row(List<?> cells) {
        for (int k = 0; k < cells.size(); k++) {
            if (k > 0) {
                out.append(';');
            }
            out.append(cell(cells.get(k)));
        }
        out.append("\r\n");
        return this;
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        if (!(value instanceof Number) && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.indexOf(';') >= 0 || s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\r') >= 0
                || s.indexOf('\n') >= 0) {
            s = '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    byte[] bytes() {
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
