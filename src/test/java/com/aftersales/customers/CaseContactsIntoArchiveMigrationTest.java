package com.aftersales.customers;

import com.aftersales.testsupport.MigrationDatabase;

/** {@link CaseContactsIntoArchiveMigrationScenarios} on a fresh H2 database of its own. */
class CaseContactsIntoArchiveMigrationTest extends CaseContactsIntoArchiveMigrationScenarios {

  CaseContactsIntoArchiveMigrationTest() {
    super(MigrationDatabase.freshH2());
  }
}
