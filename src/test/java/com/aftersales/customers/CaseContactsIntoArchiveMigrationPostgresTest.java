package com.aftersales.customers;

import com.aftersales.testsupport.PostgresAvailable;
import com.aftersales.testsupport.ThrowawaySchema;

/**
 * {@link CaseContactsIntoArchiveMigrationScenarios} on PostgreSQL 15, in a schema of its own in the test database
 * (AFTERSALES_TEST_DB_URL), dropped afterwards.
 */
@PostgresAvailable
class CaseContactsIntoArchiveMigrationPostgresTest extends CaseContactsIntoArchiveMigrationScenarios {

  CaseContactsIntoArchiveMigrationPostgresTest() {
    super(new ThrowawaySchema());
  }
}
