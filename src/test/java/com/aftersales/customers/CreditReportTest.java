package com.aftersales.customers;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The over-limit report over HTTP on H2: the scenarios of {@link CreditReportScenarios}. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CreditReportTest extends CreditReportScenarios {}
