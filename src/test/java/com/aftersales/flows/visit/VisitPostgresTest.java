package com.aftersales.flows.visit;

import com.aftersales.testsupport.PostgresAvailable;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every return-visit path on PostgreSQL 15 (the visit row's insert-if-absent, the draw's row locks and unique draw
 * day, timestamps with time zone). The draw happens on a Thursday of its own: the database keeps earlier draws.
 */
@PostgresAvailable
@ActiveProfiles({"test", "pgtest"})
class VisitPostgresTest extends VisitProcessTest {

  @Override
  Instant drawDay() {
    long weeks = (System.currentTimeMillis() / 1000) % 2000;
    LocalDate thursday = LocalDate.parse("2045-01-05").plusWeeks(weeks).with(TemporalAdjusters.previousOrSame(DayOfWeek.THURSDAY));
    return thursday.atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
  }
}
