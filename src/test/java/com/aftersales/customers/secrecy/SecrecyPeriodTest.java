package com.aftersales.customers.secrecy;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Secrecy periods on H2: the scenarios of {@link SecrecyPeriodScenarios}. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SecrecyPeriodTest extends SecrecyPeriodScenarios {}
