package com.aftersales.customers;

import com.aftersales.testsupport.PostgresAvailable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The archive's upkeep over HTTP on PostgreSQL 15 (the new SQL of V310_1): the scenarios of {@link ArchiveUpkeepScenarios}. */
@PostgresAvailable
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "pgtest"})
class ArchiveUpkeepApiPostgresTest extends ArchiveUpkeepScenarios {}
