package com.aftersales.flows.visit;

import com.aftersales.testsupport.PostgresAvailable;
import java.time.LocalDate;
import org.springframework.test.context.ActiveProfiles;

/** Merging customers moves their visit plans, on PostgreSQL 15, on a Wednesday of its own per run. */
@PostgresAvailable
@ActiveProfiles({"test", "pgtest"})
class VisitPlanMergePostgresTest extends VisitPlanMergeTest {

  @Override
  LocalDate planDay() {
    return wednesdayAfter((System.currentTimeMillis() / 1000) % 3000);
  }
}
