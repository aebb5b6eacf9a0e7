package dev.boxoffice.platform;

import java.util.List;
import java.util.stream.Collectors;

/** RFC 4180 CSV: fields with commas, quotes or line breaks are quoted, quotes doubled, CRLF line ends. */
public final class CsvFormat {

    private CsvFormat() {
    }

    public static String write(List<List<String>> rows) {
        return rows.stream()
                .map(row -> row.stream().map(CsvFormat::field).collect(Collectors.joining(",")))
                .collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    private static String field(String value) {
        String text = value == null ? "" : value;
        // a leading =, +, - or @ would be run as a formula by spreadsheets
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
