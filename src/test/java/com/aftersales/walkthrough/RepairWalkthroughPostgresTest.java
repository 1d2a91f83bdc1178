package com.aftersales.walkthrough;

import com.aftersales.testsupport.PostgresAvailable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The repair walkthrough on PostgreSQL 15, the production database. */
@PostgresAvailable
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "pgtest"})
class RepairWalkthroughPostgresTest extends RepairWalkthroughScenario {}
