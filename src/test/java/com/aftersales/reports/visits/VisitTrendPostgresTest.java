package com.aftersales.reports.visits;

import com.aftersales.testsupport.PostgresAvailable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.springframework.test.context.ActiveProfiles;

/**
 * The weekly visit figures on PostgreSQL 15 (the week boundaries as timestamptz parameters, the CASE grouping), on a
 * Monday of its own per run: the database keeps earlier runs' visits.
 */
@PostgresAvailable
@ActiveProfiles({"test", "pgtest"})
class VisitTrendPostgresTest extends VisitTrendHttpTest {

  @Override
  LocalDate monday() {
    long weeks = (System.currentTimeMillis() / 1000) % 3000;
    return LocalDate.parse("2070-01-06").plusWeeks(weeks).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }
}
