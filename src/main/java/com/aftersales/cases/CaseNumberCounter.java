package com.aftersales.cases;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes the next case number of a year, in its own short transaction on its own two connections.
 *
 * <p>Why apart from the intake's transaction: the counter row is locked from the increment until commit, and an
 * intake's transaction also starts the process and runs its first steps, so every concurrent intake queued behind
 * the slowest one (issue #7). Why its own connections: a transaction that already holds a connection of the
 * application's pool and waits for a second one from the same pool can starve it under a burst (every connection
 * held by someone waiting for another). The price: an intake that fails after taking its number leaves a gap in
 * the year's numbers; a number is never given twice.
 */
@Component
public class CaseNumberCounter implements DisposableBean {

  static final String CASE_NUMBER_FORMAT = "AS-%d-%06d";

  private final HikariDataSource dataSource;
  private final NamedParameterJdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  /** Savepoint around the first insert of a year's counter row, so losing that race does not abort the transaction (PostgreSQL). */
  private final TransactionTemplate savepoint;

  public CaseNumberCounter(DataSourceProperties properties) {
    dataSource = properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
    dataSource.setPoolName("case-numbers");
    dataSource.setMaximumPoolSize(2);
    dataSource.setMinimumIdle(0);
    jdbc = new NamedParameterJdbcTemplate(dataSource);
    DataSourceTransactionManager transactionManager = new DataSourceTransactionManager(dataSource);
    transaction = new TransactionTemplate(transactionManager);
    savepoint = new TransactionTemplate(transactionManager);
    savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  public String next(int year) {
    return transaction.execute(status -> take(year));
  }

  private String take(int year) {
    MapSqlParameterSource p = new MapSqlParameterSource("year", year);
    String increment = "UPDATE case_number_counter SET last_number = last_number + 1 WHERE case_year = :year";
    if (jdbc.update(increment, p) == 0) {
      try {
        savepoint.executeWithoutResult(
            status -> jdbc.update("INSERT INTO case_number_counter (case_year, last_number) VALUES (:year, 0)", p));
      } catch (DuplicateKeyException anotherIntakeCreatedTheYear) {
        // the other transaction's row is there now; the UPDATE below waits for its lock
      }
      if (jdbc.update(increment, p) != 1) {
        throw new IllegalStateException("No case number counter for year " + year);
      }
    }
    Long number =
        jdbc.queryForObject("SELECT last_number FROM case_number_counter WHERE case_year = :year", p, Long.class);
    return String.format(CASE_NUMBER_FORMAT, year, number);
  }

  @Override
  public void destroy() {
    dataSource.close();
  }
}
