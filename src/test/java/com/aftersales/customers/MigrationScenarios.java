package com.aftersales.customers;

import com.aftersales.customers.migration.V200_2__CasesOntoCustomers;
import com.aftersales.customers.migration.V200_3__CaseCustomerIndex;
import com.aftersales.customers.migration.V410_1__CaseContactsIntoArchive;
import com.aftersales.flows.visit.migration.V430_3__ReturnVisitDueFromTaskHistory;
import com.aftersales.testsupport.MigrationDatabase;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;

/** Migration scenarios on a database of their own (H2 or a PostgreSQL schema), migrated by Flyway alone. */
abstract class MigrationScenarios {

  private final MigrationDatabase database;

  MigrationScenarios(MigrationDatabase database) {
    this.database = database;
  }

  DataSource dataSource() {
    return database.dataSource();
  }

  /** Flyway on the test database, with the Java migrations Spring gives it in the application. */
  Flyway flyway(String target) {
    var configuration = Flyway.configure()
        .dataSource(database.dataSource())
        .locations("classpath:db/migration")
        .table("app_schema_history")
        // as spring.flyway.postgresql.transactional-lock in application.yml: CREATE INDEX CONCURRENTLY needs it
        .configuration(Map.of("flyway.postgresql.transactional.lock", "false"))
        .javaMigrations(new V200_2__CasesOntoCustomers(), new V200_3__CaseCustomerIndex(),
            new V410_1__CaseContactsIntoArchive(), new V430_3__ReturnVisitDueFromTaskHistory());
    if (database.schema() != null) {
      configuration.schemas(database.schema());
    }
    if (target != null) {
      configuration.target(target);
    }
    return configuration.load();
  }

  @AfterEach
  void closeDatabase() {
    database.close();
  }
}
