package se.delbart.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void writesHeaderAndRowsWithCrlfAndAByteOrderMark() {
        String text = Csv.withHeader("kommun", "antal").row("Ånge", 3).row("Sundsvall", 12.5).toString();

        assertThat(text).isEqualTo("\uFEFFkommun,antal\r\nÅnge,3\r\nSundsvall,12.5\r\n");
        assertThat(Csv.withHeader("ä").bytes()).startsWith(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        assertThat(new String(Csv.withHeader("ä").bytes(), StandardCharsets.UTF_8)).endsWith("ä\r\n");
    }

    @Test
    void quotesCellsWithSeparatorsQuotesAndLineBreaks() {
        assertThat(Csv.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(Csv.cell("säger \"hej\"")).isEqualTo("\"säger \"\"hej\"\"\"");
        assertThat(Csv.cell("rad 1\nrad 2")).isEqualTo("\"rad 1\nrad 2\"");
        assertThat(Csv.cell(null)).isEmpty();
    }

    @Test
    void neutralisesCellsThatASpreadsheetWouldRunAsFormulas() {
        assertThat(Csv.cell("=HYPERLINK(\"http://x\")")).startsWith("\"'=");
        assertThat(Csv.cell("+46 60 19 10 00")).isEqualTo("\"'+46 60 19 10 00\"");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(Csv.cell(-3)).isEqualTo("-3");
    }

    @Test
    void noPieceStartsAFormulaWhenASpreadsheetSplitsOnSemicolons() {
        // Swedish Excel reads CSV with ';' as the separator; quotes only count at the start of what it sees as a cell
        String text = Csv.withHeader("namn", "kommun")
                .row("Matsedel;=HYPERLINK(\"http://x\");x", "Ånge;+1;@SUM(A1);-2+3")
                .row("rad 1\n=cmd|' /C calc'!A0", "a;\t=1").toString();
        assertThat(Csv.cell("Matsedel;=SUM(1);x")).startsWith("\"").endsWith("\"");
        for (String piece : text.replace("\uFEFF", "").split("[;,\r\n]")) {
            String start = piece.startsWith("\"") ? piece.substring(1) : piece;
            assertThat(start).as(piece).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
                    .doesNotStartWith("@").doesNotStartWith("\t");
        }
    }
}
