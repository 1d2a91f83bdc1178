package com.aftersales.reports.sla;

import com.aftersales.cases.CaseService;
import com.aftersales.testsupport.PostgresAvailable;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The SLA figures on PostgreSQL 15, the production database (timestamps with time zone, IN lists). */
@PostgresAvailable
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "pgtest"})
class SlaReportPostgresTest {

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired CaseService caseService;
  @Autowired NamedParameterJdbcTemplate jdbc;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void reportCountsKnownCasesOfEveryCommitmentOnPostgres() {
    new SlaScenario(rest, runtimeService, taskService, caseService, jdbc).run();
  }
}
