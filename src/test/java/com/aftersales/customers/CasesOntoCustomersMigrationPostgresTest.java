package com.aftersales.customers;

import com.aftersales.testsupport.PostgresAvailable;
import com.aftersales.testsupport.ThrowawaySchema;

/**
 * {@link CasesOntoCustomersMigrationScenarios} on PostgreSQL 15, in a schema of its own in the test database
 * (AFTERSALES_TEST_DB_URL), dropped afterwards; the index is built CONCURRENTLY there.
 */
@PostgresAvailable
class CasesOntoCustomersMigrationPostgresTest extends CasesOntoCustomersMigrationScenarios {

  CasesOntoCustomersMigrationPostgresTest() {
    super(new ThrowawaySchema());
  }
}
