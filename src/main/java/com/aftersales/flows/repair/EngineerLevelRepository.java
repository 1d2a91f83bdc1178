package com.aftersales.flows.repair;

import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Table engineer_level: one row per engineer whose level a service manager recorded. SQL only. */
@Repository
public class EngineerLevelRepository {

  /** One engineer's recorded level, who recorded it and when. */
  public record Row(String userId, String level, String updatedBy, OffsetDateTime updatedAt) {}

  private final NamedParameterJdbcTemplate jdbc;

  public EngineerLevelRepository(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Row> find(String userId) {
    return jdbc.query("SELECT user_id, level, updated_by, updated_at FROM engineer_level WHERE user_id = :userId",
        new MapSqlParameterSource("userId", userId), (rs, i) -> row(rs)).stream().findFirst();
  }

  public List<Row> all() {
    return jdbc.query("SELECT user_id, level, updated_by, updated_at FROM engineer_level ORDER BY user_id",
        (rs, i) -> row(rs));
  }

  /** Records the level, replacing an earlier one (update first, insert when there was none). */
  public void save(String userId, String level, String updatedBy, Instant now) {
    MapSqlParameterSource p = new MapSqlParameterSource()
        .addValue("userId", userId)
        .addValue("level", level)
        .addValue("updatedBy", updatedBy)
        .addValue("now", now.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
    int updated = jdbc.update("UPDATE engineer_level SET level = :level, updated_by = :updatedBy, updated_at = :now"
        + " WHERE user_id = :userId", p);
    if (updated == 0) {
      jdbc.update("INSERT INTO engineer_level (user_id, level, updated_by, updated_at)"
          + " VALUES (:userId, :level, :updatedBy, :now)", p);
    }
  }

  private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Row(rs.getString("user_id"), rs.getString("level"), rs.getString("updated_by"),
        rs.getObject("updated_at", OffsetDateTime.class));
  }
}
