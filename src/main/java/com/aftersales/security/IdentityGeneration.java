package com.aftersales.security;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The identity generation: a counter in the shared database (table {@code identity_generation}, one row) that
 * every identity or authorization change raises inside its own transaction ({@link IdentityGuardPlugin}).
 * Whatever a node remembers about users (logins, groups, tenants) is valid only while the counter is unchanged,
 * so a change made on any node is seen by every node on its next request, with no messaging between nodes.
 */
@Component
public class IdentityGeneration {

  static final String READ = "SELECT generation FROM identity_generation WHERE id = 1";
  static final String RAISE = "UPDATE identity_generation SET generation = generation + 1 WHERE id = 1";

  private final JdbcTemplate jdbc;

  public IdentityGeneration(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The committed counter: one primary-key read. */
  public long current() {
    Long generation = jdbc.queryForObject(READ, Long.class);
    if (generation == null) {
      throw new IllegalStateException("identity_generation has no row 1 (Flyway migration V161_1)");
    }
    return generation;
  }

  /**
   * Raises the counter on the connection of the engine command that is running, so it commits or rolls back
   * together with the change. The row stays locked until then: identity changes on all nodes take turns.
   */
  static void raiseInCurrentCommand() {
    CommandContext context = Context.getCommandContext();
    if (context == null) {
      throw new IllegalStateException("An identity change outside an engine command");
    }
    Connection connection = context.getDbSqlSession().getSqlSession().getConnection();
    try (Statement statement = connection.createStatement()) {
      if (statement.executeUpdate(RAISE) != 1) {
        throw new ProcessEngineException("identity_generation has no row 1 (Flyway migration V161_1)");
      }
    } catch (SQLException e) {
      throw new ProcessEngineException("Could not raise the identity generation", e);
    }
  }
}
