package com.aftersales.customers.secrecy;

import com.aftersales.testsupport.PostgresAvailable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Secrecy periods and the V400_2 migration on PostgreSQL 15: the scenarios of {@link SecrecyPeriodScenarios}. */
@PostgresAvailable
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "pgtest"})
class SecrecyPeriodPostgresTest extends SecrecyPeriodScenarios {}
