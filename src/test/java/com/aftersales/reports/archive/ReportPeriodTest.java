package com.aftersales.reports.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportPeriodTest {

  @ParameterizedTest(name = "{0} run on {1}: {2} .. {3}")
  @DisplayName("a scheduled report covers the last complete day, week, month or quarter")
  @CsvSource({
    "DAY, 2032-05-17, 2032-05-16, 2032-05-16",
    "WEEK, 2032-05-17, 2032-05-10, 2032-05-16",
    "WEEK, 2032-05-19, 2032-05-10, 2032-05-16",
    "MONTH, 2032-05-20, 2032-04-01, 2032-04-30",
    "MONTH, 2032-03-20, 2032-02-01, 2032-02-29",
    "QUARTER, 2032-04-05, 2032-01-01, 2032-03-31",
    "QUARTER, 2032-01-05, 2031-10-01, 2031-12-31",
  })
  void lastCompletePeriod(ReportPeriod period, LocalDate today, LocalDate from, LocalDate to) {
    LocalDate[] covered = period.lastCompleteBefore(today);
    assertThat(covered[0]).isEqualTo(from);
    assertThat(covered[1]).isEqualTo(to);
  }
}
