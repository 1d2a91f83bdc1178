package com.aftersales.customers;

import com.aftersales.testsupport.PostgresAvailable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** /api/customers over HTTP on PostgreSQL 15: the scenarios of {@link CustomerApiScenarios}. */
@PostgresAvailable
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "pgtest"})
class CustomerApiPostgresTest extends CustomerApiScenarios {}
