package com.aftersales.tuning;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.testsupport.PostgresAvailable;
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
  }

  @Test
  void pooledConnectionsPlanForSsd() {
    assertThat(jdbc.queryForObject("SHOW random_page_cost", String.class)).isEqualTo("1.1");
  }
}
