package com.aftersales.reports;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.MediaType;

/**
 * The one CSV writer of every export (complaint report, exchange ledger, parts requests, SLA report and its case
 * lists): RFC 4180 (comma separated, CRLF line ends, a cell with a comma, quote or line break in double quotes with
 * quotes doubled) plus the OWASP rule against CSV (formula) injection: a text cell that a spreadsheet would run as
 * a formula, one starting with {@code = + - @}, a tab or a carriage return (or their full-width forms, which
 * spreadsheets in Chinese locales also read as formulas), gets a single quote in front and is quoted, so it opens
 * as the text it is. Numbers are written as they are (a negative amount stays a number).
 *
 * <p>A small class rather than Apache Commons CSV: Commons CSV writes RFC 4180 but has no formula rule, so the
 * rule would still need a wrapper around every value; here both live in one place.
 */
public final class Csv {

  /**
   * The media type every CSV export answers with. Exports negotiate by {@code produces}: a JSON and a
   * {@code text/csv} handler per path, so {@code Accept} decides (web.CsvNegotiationTest).
   */
  public static final MediaType MEDIA_TYPE = new MediaType("text", "csv", StandardCharsets.UTF_8);

  /** First characters that make a spreadsheet read a cell as a formula (OWASP CSV injection). */
  static final String FORMULA_START = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";

  private final StringBuilder out = new StringBuilder();

  private Csv() {}

  /** A CSV starting with the given header row. */
  public static Csv withHeader(String... names) {
    return new Csv().row(Arrays.asList((Object[]) names));
  }

  /** A CSV starting with the header row given as one comma-separated line of plain names. */
  public static Csv withHeaderLine(String header) {
    return withHeader(header.split(",", -1));
  }

  public Csv row(Object... cells) {
    return row(Arrays.asList(cells));
  }

  public Csv row(List<?> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(cell(cells.get(i)));
    }
    out.append("\r\n");
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }

  /** One cell: empty for null, plain numbers as they are, text neutralised and quoted as needed. */
  public static String cell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    String text = value.toString();
    boolean formula = !text.isEmpty() && FORMULA_START.indexOf(text.charAt(0)) >= 0;
    if (formula) {
      text = "'" + text;
    }
    if (formula || text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
