package com.aftersales.engine;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Planner settings for every pooled PostgreSQL connection (none for H2). With PostgreSQL's default
 * random_page_cost of 4 (spinning disks) the planner prices the per-task authorization probe of the Tasklist
 * query so high that up to about 20,000 open tasks it compares every task with every grant instead (40 ms at
 * 1,400 open tasks instead of 1.4 ms). Our database lives on SSD/page cache, where 1.1 is the usual value.
 * Set per connection, so nothing outside the application's own sessions changes; an explicit
 * spring.datasource.hikari.connection-init-sql wins. Property: aftersales.tuning.postgres-session-sql.
 */
@Component
public class PostgresSessionSettings implements BeanPostProcessor, EnvironmentAware {

  static final String PROPERTY = "aftersales.tuning.postgres-session-sql";
  static final String DEFAULT = "SET random_page_cost = 1.1";

  private String sessionSql = DEFAULT;

  @Override
  public void setEnvironment(Environment environment) {
    // read directly: a post-processor cannot wait for @ConfigurationProperties beans
    sessionSql = environment.getProperty(PROPERTY, DEFAULT);
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null
        && hikari.getJdbcUrl().startsWith("jdbc:postgresql:") && hikari.getConnectionInitSql() == null
        && !sessionSql.isBlank() && !hikari.isRunning()) {
      hikari.setConnectionInitSql(sessionSql);
    }
    return bean;
  }
}
