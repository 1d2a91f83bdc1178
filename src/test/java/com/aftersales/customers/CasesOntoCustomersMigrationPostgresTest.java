package com.aftersales.customers;

import com.aftersales.testsupport.PostgresAvailable;
import com.aftersales.testsupport.ThrowawaySchema;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;

/**
 * {@link CasesOntoCustomersMigrationScenarios} on PostgreSQL 15, in a schema of its own in the test database
 * (AFTERSALES_TEST_DB_URL), dropped afterwards; the index is built CONCURRENTLY there.
 */
@PostgresAvailable
class CasesOntoCustomersMigrationPostgresTest extends CasesOntoCustomersMigrationScenarios {

  private final ThrowawaySchema schema = new ThrowawaySchema();

  @Override
  DataSource dataSource() {
    return schema.dataSource();
  }

  @Override
  Flyway flyway(String target) {
    return configure(schema.dataSource(), schema.name(), target);
  }

  @AfterEach
  void dropSchema() {
    schema.drop();
  }
}
