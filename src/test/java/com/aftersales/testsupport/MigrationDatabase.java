package com.aftersales.testsupport;

import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A database of its own for a migration test that runs Flyway alone: where it is, and what goes after each test. */
public interface MigrationDatabase {

  DataSource dataSource();

  /** The schema Flyway is told to use; null for the connection's own. */
  String schema();

  /** Called after each test. */
  void close();

  /** A fresh in-memory H2 database, left to the JVM afterwards. */
  static MigrationDatabase freshH2() {
    DataSource dataSource = new DriverManagerDataSource(
        "jdbc:h2:mem:migration-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    return new MigrationDatabase() {
      @Override
      public DataSource dataSource() {
        return dataSource;
      }

      @Override
      public String schema() {
        return null;
      }

      @Override
      public void close() {
        // nothing to drop: the database was the test's alone
      }
    };
  }
}
