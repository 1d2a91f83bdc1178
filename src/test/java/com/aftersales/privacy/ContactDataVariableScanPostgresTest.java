package com.aftersales.privacy;

import com.aftersales.testsupport.PostgresAvailable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The contact data scan of every flow ({@link ContactDataVariableScanScenarios}) on PostgreSQL 15. */
@PostgresAvailable
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "pgtest"})
class ContactDataVariableScanPostgresTest extends ContactDataVariableScanScenarios {}
