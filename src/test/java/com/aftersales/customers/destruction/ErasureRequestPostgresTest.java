package com.aftersales.customers.destruction;

import com.aftersales.testsupport.PostgresAvailable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Erasure requests, the V400_1 tables and the destruction's SQL (scan, legal minimum, erasure) on PostgreSQL 15: the
 * scenarios of {@link ErasureRequestScenarios}.
 */
@PostgresAvailable
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "pgtest"})
class ErasureRequestPostgresTest extends ErasureRequestScenarios {}
