package com.aftersales.flows.visit.migration;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Return visits taken before {@code return_visit.due_at} existed (V430_2) get their due time from the engine's task
 * history: the due date of their first visit task. The engine's tables are there before Flyway runs in the
 * application (cases.SchemaMigrations), but not in a database migrated on its own (the migration tests): there is
 * then no visit to fill and nothing to do. Running it again changes nothing (only visits without a due time).
 */
@Component
public class V430_3__ReturnVisitDueFromTaskHistory extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    if (!hasTable(connection.getMetaData(), connection.getSchema(), "ACT_HI_TASKINST")) {
      return;
    }
    try (Statement update = connection.createStatement()) {
      update.executeUpdate("UPDATE return_visit SET due_at = (SELECT MIN(t.DUE_DATE_) FROM ACT_HI_TASKINST t"
          + " WHERE t.PROC_INST_ID_ = return_visit.process_instance_id AND t.TASK_DEF_KEY_ = 'Task_ConductVisit')"
          + " WHERE process_instance_id IS NOT NULL AND due_at IS NULL");
    }
  }

  /** H2 keeps unquoted names in upper case, PostgreSQL in lower case. */
  private static boolean hasTable(DatabaseMetaData meta, String schema, String name) throws SQLException {
    for (String candidate : new String[] {name, name.toLowerCase(java.util.Locale.ROOT)}) {
      try (ResultSet tables = meta.getTables(null, schema, candidate, new String[] {"TABLE"})) {
        if (tables.next()) {
          return true;
        }
      }
    }
    return false;
  }
}
