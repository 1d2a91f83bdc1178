package com.aftersales.customers;

import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** {@link CaseContactsIntoArchiveMigrationScenarios} on a fresh H2 database of its own. */
class CaseContactsIntoArchiveMigrationTest extends CaseContactsIntoArchiveMigrationScenarios {

  private final DataSource dataSource = new DriverManagerDataSource(
      "jdbc:h2:mem:migration-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");

  @Override
  DataSource dataSource() {
    return dataSource;
  }

  @Override
  Flyway flyway(String target) {
    return CasesOntoCustomersMigrationScenarios.configure(dataSource, null, target);
  }
}
