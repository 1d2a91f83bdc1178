package com.aftersales.flows.visit;

import com.aftersales.testsupport.PostgresAvailable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.springframework.test.context.ActiveProfiles;

/**
 * Visit plans on PostgreSQL 15 (the plan's identity, dates, the occurrence's claim under its primary key, the
 * planned visit row), on a Tuesday of its own: the database keeps earlier runs' plans.
 */
@PostgresAvailable
@ActiveProfiles({"test", "pgtest"})
class VisitPlanPostgresTest extends VisitPlanHttpTest {

  @Override
  LocalDate firstDay() {
    long weeks = (System.currentTimeMillis() / 1000) % 2000;
    return LocalDate.parse("2050-01-04").plusWeeks(weeks).with(TemporalAdjusters.previousOrSame(DayOfWeek.TUESDAY));
  }
}
