package com.aftersales.customers;

import com.aftersales.testsupport.MigrationDatabase;

/** {@link CasesOntoCustomersMigrationScenarios} on a fresh H2 database of its own. */
class CasesOntoCustomersMigrationTest extends CasesOntoCustomersMigrationScenarios {

  CasesOntoCustomersMigrationTest() {
    super(MigrationDatabase.freshH2());
  }
}
