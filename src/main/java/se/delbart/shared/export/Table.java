package se.delbart.shared.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;

/**
 * One export list, written as CSV for machines or as XLSX for people, from the same rows.
 * <p>
 * Columns have a stable key: the CSV's header row (RFC 4180: comma, CRLF, quotes doubled; UTF-8 with a byte-order
 * mark) uses the keys, so scripts keep working whatever the page's language. The XLSX header uses the label of
 * {@code export.column.<key>} from the message bundles in the page's language (the key itself where there is none,
 * e.g. an SKR group code), so that the same column has the same heading in every export. Numbers are numeric cells
 * in XLSX; dates are date cells.
 * <p>
 * CSV injection: a CSV cell that starts like a formula (=, +, -, @, tab, CR) gets a leading apostrophe, and so does
 * such a start after a ';', CR or LF inside a cell (a spreadsheet that splits on ';' starts a cell there); cells with
 * ',', ';', quotes or line breaks are quoted. XLSX cells are written as text, never as formulas.
 */
public final class Table {

    public static final String CSV_MEDIA_TYPE = "text/csv;charset=UTF-8";
    public static final String XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String FORMULA_START = "=+-@\t\r";
    private static final Pattern FORMULA_AFTER_BREAK = Pattern.compile("([;\\r\\n])([=+\\-@\\t\\r])");
    private static final Pattern SHEET_NAME_FORBIDDEN = Pattern.compile("[\\[\\]:*?/\\\\]");

    private final List<String> keys;
    private final List<Object[]> rows = new ArrayList<>();

    private Table(List<String> keys) {
        this.keys = List.copyOf(keys);
    }

    /** A table with these column keys (lower-case, underscores: "solution_id"). */
    public static Table withColumns(String... keys) {
        return new Table(Arrays.asList(keys));
    }

    /** Appends a row: null cells are empty; numbers stay numbers; {@link LocalDate}s are dates. */
    public Table row(Object... cells) {
        if (cells.length != keys.size()) {
            throw new IllegalArgumentException("A row of " + keys.size() + " cells expected, got " + cells.length);
        }
        rows.add(cells.clone());
        return this;
    }

    public List<String> keys() {
        return keys;
    }

    public int size() {
        return rows.size();
    }

    /** The CSV document: keys as the header row. */
    public byte[] csv() {
        StringBuilder text = new StringBuilder("\uFEFF");
        csvLine(text, keys.toArray());
        rows.forEach(row -> csvLine(text, row));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The XLSX workbook: one sheet named {@code sheet}, headed by the columns' labels in {@code locale}. */
    public byte[] xlsx(String sheet, MessageSource messages, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Delbart", "1.0");
            Worksheet ws = workbook.newWorksheet(sheetName(sheet));
            for (int c = 0; c < keys.size(); c++) {
                String key = keys.get(c);
                ws.value(0, c, messages.getMessage("export.column." + key, null, key, locale));
                ws.style(0, c).bold().set();
            }
            ws.freezePane(0, 1);
            for (int r = 0; r < rows.size(); r++) {
                Object[] row = rows.get(r);
                for (int c = 0; c < row.length; c++) {
                    xlsxCell(ws, r + 1, c, row[c]);
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void xlsxCell(Worksheet ws, int r, int c, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Number n) {
            ws.value(r, c, n);
        } else if (value instanceof Boolean b) {
            ws.value(r, c, b);
        } else if (value instanceof LocalDate d) {
            ws.value(r, c, d);
            ws.style(r, c).format("yyyy-mm-dd").set();
        } else {
            ws.value(r, c, value.toString());
        }
    }

    private static void csvLine(StringBuilder text, Object[] cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(csvCell(cells[i]));
        }
        text.append("\r\n");
    }

    static String csvCell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number) {
            return value.toString();
        }
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

    private static String sheetName(String name) {
        String cleaned = SHEET_NAME_FORBIDDEN.matcher(name).replaceAll(" ").strip();
        if (cleaned.isEmpty()) {
            return "Delbart";
        }
        return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
    }
}
