package com.aftersales.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The shared CSV writer: RFC 4180 quoting and the OWASP rule against formula injection, for every export. */
class CsvTest {

  @Test
  void cellsWithCommasQuotesOrLineBreaksAreQuoted() {
    assertThat(Csv.cell("plain")).isEqualTo("plain");
    assertThat(Csv.cell("a,b")).isEqualTo("\"a,b\"");
    assertThat(Csv.cell("the \"new\" one")).isEqualTo("\"the \"\"new\"\" one\"");
    assertThat(Csv.cell("line one\nline two")).isEqualTo("\"line one\nline two\"");
    assertThat(Csv.cell(null)).isEmpty();
    assertThat(Csv.cell("")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"=HYPERLINK(\"http://evil.example\",\"x\")", "+1+2", "-2+3", "@SUM(A1)", "\tx", "\rx",
      "=cmd|' /C calc'!A0", "\uFF1D1+1", "\uFF0B1", "\uFF0D1", "\uFF20SUM(A1)"})
  void textThatASpreadsheetWouldRunAsAFormulaGetsAQuoteInFrontAndIsQuoted(String formula) {
    assertThat(Csv.cell(formula)).isEqualTo("\"'" + formula.replace("\"", "\"\"") + "\"");
  }

  @Test
  void aFormulaCannotBreakOutOfItsCell() {
    String row = Csv.withHeader("a", "b").row("=1+2\",=3+4", "x").toString();
    assertThat(row).isEqualTo("a,b\r\n\"'=1+2\"\",=3+4\",x\r\n");
  }

  @Test
  void numbersAndTimesStayAsTheyAre() {
    assertThat(Csv.cell(-5)).isEqualTo("-5");
    assertThat(Csv.cell(new BigDecimal("-12.50"))).isEqualTo("-12.50");
    assertThat(Csv.cell(new BigDecimal("1E+3"))).isEqualTo("1000");
    assertThat(Csv.cell(true)).isEqualTo("true");
    assertThat(Csv.cell(Instant.parse("2026-03-02T02:00:00Z"))).isEqualTo("2026-03-02T02:00:00Z");
  }

  @Test
  void rowsEndInCrLfAndTheHeaderLineIsSplitIntoCells() {
    assertThat(Csv.withHeaderLine("x,y").row(1, null).row("a", "b").toString()).isEqualTo("x,y\r\n1,\r\na,b\r\n");
  }
}
