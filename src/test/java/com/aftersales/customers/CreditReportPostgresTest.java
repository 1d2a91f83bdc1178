package com.aftersales.customers;

import com.aftersales.testsupport.PostgresAvailable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The over-limit report over HTTP on PostgreSQL 15: the scenarios of {@link CreditReportScenarios}. */
@PostgresAvailable
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "pgtest"})
class CreditReportPostgresTest extends CreditReportScenarios {}
