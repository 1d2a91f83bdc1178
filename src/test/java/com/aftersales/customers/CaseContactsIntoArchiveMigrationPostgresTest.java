package com.aftersales.customers;

import com.aftersales.testsupport.PostgresAvailable;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * {@link CaseContactsIntoArchiveMigrationScenarios} on PostgreSQL 15, in a schema of its own in the test database
 * (AFTERSALES_TEST_DB_URL), dropped afterwards.
 */
@PostgresAvailable
class CaseContactsIntoArchiveMigrationPostgresTest extends CaseContactsIntoArchiveMigrationScenarios {

  private final String schema = "migration_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  private final SingleConnectionDataSource dataSource = new SingleConnectionDataSource(
      System.getenv().getOrDefault("AFTERSALES_TEST_DB_URL", "jdbc:postgresql://localhost:5432/aftersales_test")
          + (System.getenv().getOrDefault("AFTERSALES_TEST_DB_URL", "").contains("?") ? "&" : "?")
          + "currentSchema=" + schema,
      "aftersales", "aftersales", true);

  @Override
  DataSource dataSource() {
    return dataSource;
  }

  @Override
  Flyway flyway(String target) {
    return CasesOntoCustomersMigrationScenarios.configure(dataSource, schema, target);
  }

  @AfterEach
  void dropSchema() {
    new JdbcTemplate(dataSource).execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    dataSource.destroy();
  }
}
