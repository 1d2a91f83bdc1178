package com.aftersales.cases;

import com.aftersales.testsupport.PostgresAvailable;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same on a new PostgreSQL schema: a schema of its own in the test database (dropped and created again
 * before the run), so neither the engine nor Flyway sees the tables the other PostgreSQL tests use. The migration
 * builds its indexes CONCURRENTLY outside a transaction with Flyway's session lock.
 */
@PostgresAvailable
@ActiveProfiles({"test", "pgtest"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class FreshDatabaseSchemaOrderPostgresTest extends FreshDatabaseSchemaOrderTest {

  static final String SCHEMA = "fresh_schema_order";

  static String databaseUrl() {
    return System.getenv().getOrDefault("AFTERSALES_TEST_DB_URL", "jdbc:postgresql://localhost:5432/aftersales_test");
  }

  private static boolean created;

  /** The schema, new, once per run: made when the context first reads the URL (it loads before any @BeforeAll). */
  static synchronized String newSchemaUrl() {
    String url = databaseUrl();
    if (!created) {
      try (Connection c = DriverManager.getConnection(url, "aftersales", "aftersales");
          Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        s.execute("CREATE SCHEMA " + SCHEMA);
      } catch (SQLException e) {
        throw new IllegalStateException("Cannot make schema " + SCHEMA + " in " + url, e);
      }
      created = true;
    }
    return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
  }

  /**
   * The schema goes when the class is done: engines of later tests search every schema for their tables (the
   * stock engine's check), would find these and create none in public.
   */
  @AfterAll
  static void dropTheSchema() throws SQLException {
    try (Connection c = DriverManager.getConnection(databaseUrl(), "aftersales", "aftersales");
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
    }
  }

  @DynamicPropertySource
  static void inThatSchema(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", FreshDatabaseSchemaOrderPostgresTest::newSchemaUrl);
    // the engine looks for its tables in this schema only (otherwise it finds those in public and creates none)
    registry.add("camunda.bpm.database.schema-name", () -> SCHEMA);
    registry.add("camunda.bpm.database.table-prefix", () -> SCHEMA + ".");
  }
}
