package com.aftersales.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.testsupport.PostgresAvailable;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.ActiveProfiles;

/**
 * On PostgreSQL the staff report's index holds only completed tasks and carries the process instance, so the report
 * reads a period's (person, process instance) pairs from the index alone; built concurrently, it is valid.
 */
@PostgresAvailable
@ActiveProfiles({"test", "pgtest"})
class StaffReportIndexPostgresTest extends StaffReportIndexTest {

  @Test
  @DisplayName("the index is partial (completed tasks), covers the process instance, is valid and serves the period")
  void theIndexCoversThePairsOfAPeriod() throws Exception {
    assertThat(jdbc.queryForObject("SELECT indexdef FROM pg_indexes WHERE indexname = 'act_idx_as_hi_task_done'",
        String.class)).contains("INCLUDE (proc_inst_id_)").contains("WHERE ((delete_reason_)::text = 'completed'");
    assertThat(jdbc.queryForObject("SELECT i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
        + " WHERE c.relname = 'act_idx_as_hi_task_done'", Boolean.class)).isTrue();
    // the test database is small, so the planner would read the table anyway: what matters is the query's shape
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute("SET enable_seqscan = off");
      try (ResultSet rs = s.executeQuery("EXPLAIN SELECT DISTINCT t.ASSIGNEE_, t.PROC_INST_ID_ FROM ACT_HI_TASKINST t"
          + " WHERE t.END_TIME_ >= TIMESTAMP '2040-01-01 00:00:00' AND t.END_TIME_ < TIMESTAMP '2041-01-01 00:00:00'"
          + " AND t.ASSIGNEE_ IN ('emma', 'mary') AND t.DELETE_REASON_ = 'completed'")) {
        StringBuilder plan = new StringBuilder();
        while (rs.next()) {
          plan.append(rs.getString(1)).append('\n');
        }
        assertThat(plan.toString()).containsIgnoringCase("act_idx_as_hi_task_done");
      } finally {
        s.execute("RESET enable_seqscan");
      }
    }
  }
}
