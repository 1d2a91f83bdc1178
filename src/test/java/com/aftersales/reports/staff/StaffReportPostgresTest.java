package com.aftersales.reports.staff;

import com.aftersales.testsupport.PostgresAvailable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.springframework.test.context.ActiveProfiles;

/**
 * The staff report's figures on PostgreSQL 15 (engine history timestamps, the application's timestamps with time
 * zone, IN lists), on a Monday of its own: the database keeps earlier runs' tasks.
 */
@PostgresAvailable
@ActiveProfiles({"test", "pgtest"})
class StaffReportPostgresTest extends StaffReportHttpTest {

  @Override
  LocalDate firstDay() {
    long weeks = (System.currentTimeMillis() / 1000) % 2000;
    return LocalDate.parse("2040-01-02").plusWeeks(weeks).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }
}
