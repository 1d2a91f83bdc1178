package com.aftersales.engine;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Performance settings of the application itself (issue #7, docs/performance.md).
 *
 * @param engineIndexes create the extra indexes on the engine's tables after the engine has built its schema
 *     (the benchmark's baseline turns this off to measure a stock schema)
 * @param postgresSessionSql run on every new PostgreSQL connection of the pool (empty: nothing); read by
 *     {@link PostgresSessionSettings}, listed here so the property is documented in one place
 */
@ConfigurationProperties(prefix = "aftersales.tuning")
public record TuningProperties(Boolean engineIndexes, String postgresSessionSql) {

  public TuningProperties {
    if (engineIndexes == null) {
      engineIndexes = true;
    }
    if (postgresSessionSql == null) {
      postgresSessionSql = PostgresSessionSettings.DEFAULT;
    }
  }
}
