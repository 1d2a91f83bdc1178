package com.aftersales.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.testsupport.PostgresAvailable;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * On PostgreSQL the indexes, the expression statistics, the task table's serial plans and the planner's SSD
 * page cost are in place.
 */
@PostgresAvailable
@SpringBootTest
@ActiveProfiles({"test", "pgtest"})
class EngineIndexesPostgresTest {

  @Autowired DataSource dataSource;
  @Autowired JdbcTemplate jdbc;

  @Test
  void indexesStatisticsAndSerialTaskPlansExist() throws Exception {
    for (EngineIndexes.Index index : EngineIndexes.INDEXES) {
      assertThat(EngineIndexesTest.indexesOf(dataSource, index.table())).as(index.table()).contains(index.name());
    }
    assertThat(jdbc.queryForList("SELECT stxname FROM pg_statistic_ext", String.class))
        .contains("act_stx_as_auth_read", "act_stx_as_auth_read_task");
    assertThat(jdbc.queryForObject("SELECT array_to_string(reloptions, ',') FROM pg_class WHERE relname = 'act_ru_task'",
        String.class)).contains("parallel_workers=0");
    assertThat(EngineIndexesTest.indexesOf(dataSource, "ACT_RU_TASK")).contains("ACT_IDX_AS_TASK_PARENT");
    assertThat(EngineIndexesTest.indexesOf(dataSource, "ACT_RU_JOB")).contains("ACT_IDX_AS_JOB_LOCKED");
  }

  @Test
  void jobAcquisitionAndSubtaskLookupCanUseTheirIndexes() throws Exception {
    // The test database is small, so the planner would scan it anyway; what matters is that the queries' shape
    // matches the indexes (the partial one included).
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute("SET enable_seqscan = off");
      try {
        assertThat(plan(s, "SELECT ID_ FROM ACT_RU_JOB WHERE RETRIES_ > 0 AND (DUEDATE_ IS NULL OR DUEDATE_ <= now())"
            + " AND (LOCK_OWNER_ IS NULL OR LOCK_EXP_TIME_ < now()) LIMIT 30")).containsIgnoringCase("act_idx_as_job_due");
        assertThat(plan(s, "SELECT * FROM ACT_RU_TASK WHERE PARENT_TASK_ID_ = 'x'"))
            .containsIgnoringCase("act_idx_as_task_parent");
        assertThat(plan(s, "SELECT ID_ FROM ACT_RU_JOB WHERE EXCLUSIVE_ = true AND LOCK_OWNER_ IS NOT NULL"
            + " AND LOCK_EXP_TIME_ >= now()")).containsIgnoringCase("act_idx_as_job_locked");
      } finally {
        s.execute("RESET enable_seqscan");
      }
    }
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

  @Test
  void pooledConnectionsPlanForSsd() {
    assertThat(jdbc.queryForObject("SHOW random_page_cost", String.class)).isEqualTo("1.1");
  }
}
