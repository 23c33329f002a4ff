package se.delbart.shared.export;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A {@link Table} as a file to download: {@code <basename>.csv} or {@code <basename>.xlsx}. */
public final class Downloads {

    private Downloads() {
    }

    public static ResponseEntity<byte[]> csv(Table table, String basename) {
        return file(table.csv(), Table.CSV_MEDIA_TYPE, basename + ".csv");
    }

    /** The XLSX file, its sheet named {@code sheet} and headed in the page's language ({@code locale}). */
    public static ResponseEntity<byte[]> xlsx(Table table, String basename, String sheet, MessageSource messages,
            Locale locale) {
        return file(table.xlsx(sheet, messages, locale), Table.XLSX_MEDIA_TYPE, basename + ".xlsx");
    }

    private static ResponseEntity<byte[]> file(byte[] body, String mediaType, String filename) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(mediaType))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build()
                        .toString())
                .body(body);
    }
}
