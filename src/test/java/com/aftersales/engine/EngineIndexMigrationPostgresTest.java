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
 * On PostgreSQL the migration also builds the partial indexes, the expression statistics and the task table's serial
 * plans, every index built concurrently is valid, and the planner's SSD page cost is set on pooled connections.
 */
@PostgresAvailable
@ActiveProfiles({"test", "pgtest"})
class EngineIndexMigrationPostgresTest extends EngineIndexMigrationTest {

  @Test
  @DisplayName("partial indexes, expression statistics and serial task plans exist, and every engine index is valid")
  void postgresOnlyPartsExistAndAreValid() throws Exception {
    assertThat(EngineIndexColumns.of(dataSource, "ACT_RU_TASK")).containsKey("ACT_IDX_AS_TASK_PARENT");
    assertThat(EngineIndexColumns.of(dataSource, "ACT_RU_JOB")).containsKey("ACT_IDX_AS_JOB_LOCKED");
    assertThat(jdbc.queryForList("SELECT stxname FROM pg_statistic_ext", String.class))
        .contains("act_stx_as_auth_read", "act_stx_as_auth_read_task");
    assertThat(jdbc.queryForObject(
        "SELECT array_to_string(reloptions, ',') FROM pg_class WHERE relname = 'act_ru_task'", String.class))
        .contains("parallel_workers=0");
    // a failed concurrent build leaves an INVALID index behind that IF NOT EXISTS would keep
    assertThat(jdbc.queryForList("SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
        + " WHERE c.relname LIKE 'act_idx_as_%' AND NOT i.indisvalid", String.class)).isEmpty();
  }

  @Test
  @DisplayName("job acquisition, the subtask lookup and due-date ranges can use their indexes")
  void queriesCanUseTheirIndexes() throws Exception {
    // The test database is small, so the planner would scan it anyway; what matters is that the queries' shape
    // matches the indexes (the partial ones included).
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute("SET enable_seqscan = off");
      try {
        assertThat(plan(s, "SELECT ID_ FROM ACT_RU_JOB WHERE RETRIES_ > 0 AND (DUEDATE_ IS NULL OR DUEDATE_ <= now())"
            + " AND (LOCK_OWNER_ IS NULL OR LOCK_EXP_TIME_ < now()) LIMIT 30")).containsIgnoringCase("act_idx_as_job_due");
        assertThat(plan(s, "SELECT * FROM ACT_RU_TASK WHERE PARENT_TASK_ID_ = 'x'"))
            .containsIgnoringCase("act_idx_as_task_parent");
        assertThat(plan(s, "SELECT ID_ FROM ACT_RU_JOB WHERE EXCLUSIVE_ = true AND LOCK_OWNER_ IS NOT NULL"
            + " AND LOCK_EXP_TIME_ >= now()")).containsIgnoringCase("act_idx_as_job_locked");
        assertThat(plan(s, "SELECT ID_ FROM ACT_RU_TASK WHERE DUE_DATE_ < now() ORDER BY DUE_DATE_, CREATE_TIME_ DESC"
            + " LIMIT 15")).containsIgnoringCase("act_idx_as_task_due");
      } finally {
        s.execute("RESET enable_seqscan");
      }
    }
  }

  @Test
  @DisplayName("pooled connections plan for SSD (random_page_cost 1.1)")
  void pooledConnectionsPlanForSsd() {
    assertThat(jdbc.queryForObject("SHOW random_page_cost", String.class)).isEqualTo("1.1");
  }

  private static String plan(Statement s, String sql) throws Exception {
    StringBuilder plan = new StringBuilder();
    try (ResultSet rs = s.executeQuery("EXPLAIN " + sql)) {
      while (rs.next()) {
        plan.append(rs.getString(1)).append('\n');
      }
    }
    return plan.toString();
  }
}
