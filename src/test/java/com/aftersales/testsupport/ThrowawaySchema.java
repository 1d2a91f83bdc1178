package com.aftersales.testsupport;

import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A PostgreSQL schema of its own in the test database (AFTERSALES_TEST_DB_URL, else the local aftersales_test) for a
 * migration test that runs Flyway alone: one connection whose search path is that schema, the schema dropped by
 * {@link #close()}.
 */
public final class ThrowawaySchema implements MigrationDatabase {

  private static final String URL =
      System.getenv().getOrDefault("AFTERSALES_TEST_DB_URL", "jdbc:postgresql://localhost:5432/aftersales_test");

  private final String name = "migration_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  private final SingleConnectionDataSource dataSource = new SingleConnectionDataSource(
      URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + name, "aftersales", "aftersales", true);

  @Override
  public String schema() {
    return name;
  }

  @Override
  public DataSource dataSource() {
    return dataSource;
  }

  /** Drops the schema with all it holds and closes the connection. */
  @Override
  public void close() {
    new JdbcTemplate(dataSource).execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
    dataSource.destroy();
  }
}
