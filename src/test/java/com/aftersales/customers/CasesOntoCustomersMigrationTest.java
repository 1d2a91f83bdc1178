package com.aftersales.customers;

import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** {@link CasesOntoCustomersMigrationScenarios} on a fresh H2 database of its own. */
class CasesOntoCustomersMigrationTest extends CasesOntoCustomersMigrationScenarios {

  private final DataSource dataSource = new DriverManagerDataSource(
      "jdbc:h2:mem:migration-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");

  @Override
  DataSource dataSource() {
    return dataSource;
  }

  @Override
  Flyway flyway(String target) {
    return configure(dataSource, null, target);
  }
}
