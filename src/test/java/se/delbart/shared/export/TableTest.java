package se.delbart.shared.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

class TableTest {

    private static String csv(Table table) {
        return new String(table.csv(), StandardCharsets.UTF_8);
    }

    @Test
    void writesTheKeysAndRowsWithCrlfAndAByteOrderMark() {
        String text = csv(Table.withColumns("municipality", "count").row("Ånge", 3).row("Sundsvall", 12.5));

        assertThat(text).isEqualTo("\uFEFFmunicipality,count\r\nÅnge,3\r\nSundsvall,12.5\r\n");
        assertThat(Table.withColumns("ä").csv()).startsWith(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }

    @Test
    void aRowMustHaveOneCellPerColumn() {
        assertThatThrownBy(() -> Table.withColumns("a", "b").row("x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void quotesCellsWithSeparatorsQuotesAndLineBreaks() {
        assertThat(Table.csvCell("a,b")).isEqualTo("\"a,b\"");
        assertThat(Table.csvCell("säger \"hej\"")).isEqualTo("\"säger \"\"hej\"\"\"");
        assertThat(Table.csvCell("rad 1\nrad 2")).isEqualTo("\"rad 1\nrad 2\"");
        assertThat(Table.csvCell(null)).isEmpty();
    }

    @Test
    void neutralisesCellsThatASpreadsheetWouldRunAsFormulas() {
        assertThat(Table.csvCell("=HYPERLINK(\"http://x\")")).startsWith("\"'=");
        assertThat(Table.csvCell("+46 60 19 10 00")).isEqualTo("\"'+46 60 19 10 00\"");
        assertThat(Table.csvCell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(Table.csvCell(-3)).isEqualTo("-3");
    }

    @Test
    void noPieceStartsAFormulaWhenASpreadsheetSplitsOnSemicolons() {
        // Swedish Excel reads CSV with ';' as the separator; quotes only count at the start of what it sees as a cell
        String text = csv(Table.withColumns("name", "municipality")
                .row("Matsedel;=HYPERLINK(\"http://x\");x", "Ånge;+1;@SUM(A1);-2+3")
                .row("rad 1\n=cmd|' /C calc'!A0", "a;\t=1"));
        for (String piece : text.replace("\uFEFF", "").split("[;,\r\n]")) {
            String start = piece.startsWith("\"") ? piece.substring(1) : piece;
            assertThat(start).as(piece).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
                    .doesNotStartWith("@").doesNotStartWith("\t");
        }
    }

    @Test
    void xlsxHasHeadingsInThePagesLanguageNumericCellsAndTextThatIsNeverAFormula() throws IOException {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("export.column.municipality", new Locale("sv"), "Kommun");
        messages.addMessage("export.column.municipality", Locale.ENGLISH, "Municipality");
        Table table = Table.withColumns("municipality", "count", "shared", "since", "C8")
                .row("Ånge", 3, true, LocalDate.of(2026, 12, 7), null)
                .row("=HYPERLINK(\"http://x\")", 12.5, false, null, 1);

        List<Row> sv = rows(table.xlsx("Omötta behov: [alla]", messages, new Locale("sv")));
        assertThat(sv.get(0).getCellText(0)).isEqualTo("Kommun");
        assertThat(sv.get(0).getCellText(4)).isEqualTo("C8"); // no heading for a key: the key itself
        assertThat(sv.get(1).getCell(1).getType()).isEqualTo(CellType.NUMBER);
        assertThat(sv.get(1).getCell(1).asNumber()).isEqualByComparingTo(BigDecimal.valueOf(3));
        assertThat(sv.get(1).getCell(2).getType()).isEqualTo(CellType.BOOLEAN);
        assertThat(sv.get(2).getCell(0).getType()).isEqualTo(CellType.STRING);
        assertThat(sv.get(2).getCellText(0)).isEqualTo("=HYPERLINK(\"http://x\")");
        assertThat(sv.get(2).getCell(1).asNumber()).isEqualByComparingTo(BigDecimal.valueOf(12.5));

        assertThat(rows(table.xlsx("x", messages, Locale.ENGLISH)).get(0).getCellText(0)).isEqualTo("Municipality");
    }

    private static List<Row> rows(byte[] xlsx) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getFirstSheet();
            assertThat(sheet.getName()).doesNotContain(":", "[", "]").hasSizeLessThanOrEqualTo(31);
            return sheet.read();
        }
    }
}
