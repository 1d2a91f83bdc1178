package com.aftersales.forms;

import com.aftersales.testsupport.PostgresAvailable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The fixed-list check on PostgreSQL 15: the forms are read from the deployment's resources there as well. */
@PostgresAvailable
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "pgtest"})
class FixedListInputPostgresTest extends FixedListInputTest {}
