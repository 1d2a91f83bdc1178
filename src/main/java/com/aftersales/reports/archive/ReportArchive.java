package com.aftersales.reports.archive;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Table report_archive: one row per report and period. Not transactional: each insert commits on its own, so two
 * nodes running the same schedule meet at the unique key and the second takes the first one's row.
 */
@Repository
public class ReportArchive {

  private static final String COLUMNS =
      "id, report, period_from, period_to, created_at, recipients, file_name, csv, summary";

  private final NamedParameterJdbcTemplate jdbc;

  public ReportArchive(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Keeps the report unless this period's is kept already; either way answers the kept one. */
  public ArchivedReport keep(String report, LocalDate from, LocalDate to, String recipients, String fileName,
      String csv, String summary) {
    Optional<ArchivedReport> kept = find(report, from);
    if (kept.isPresent()) {
      return kept.get();
    }
    try {
      jdbc.update(
          "INSERT INTO report_archive (report, period_from, period_to, created_at, recipients, file_name, csv, summary)"
              + " VALUES (:report, :from, :to, :now, :recipients, :fileName, :csv, :summary)",
          new MapSqlParameterSource()
              .addValue("report", report)
              .addValue("from", from)
              .addValue("to", to)
              .addValue("now", ClockUtil.getCurrentTime().toInstant().atOffset(ZoneOffset.UTC),
                  Types.TIMESTAMP_WITH_TIMEZONE)
              .addValue("recipients", recipients)
              .addValue("fileName", fileName)
              .addValue("csv", csv)
              .addValue("summary", summary));
    } catch (DuplicateKeyException anotherNode) {
      // the other node's report is the one kept
    }
    return find(report, from).orElseThrow();
  }

  public Optional<ArchivedReport> find(String report, LocalDate from) {
    return jdbc.query("SELECT " + COLUMNS + " FROM report_archive WHERE report = :report AND period_from = :from",
        new MapSqlParameterSource().addValue("report", report).addValue("from", from), ReportArchive::map)
        .stream().findFirst();
  }

  public Optional<ArchivedReport> find(long id) {
    return jdbc.query("SELECT " + COLUMNS + " FROM report_archive WHERE id = :id",
        new MapSqlParameterSource("id", id), ReportArchive::map).stream().findFirst();
  }

  /** Newest first; {@code report} null for all. */
  public List<ArchivedReport> list(String report, int limit) {
    return jdbc.query("SELECT " + COLUMNS + " FROM report_archive WHERE (:report IS NULL OR report = :report)"
            + " ORDER BY period_from DESC, id DESC LIMIT :limit",
        new MapSqlParameterSource().addValue("report", report, Types.VARCHAR).addValue("limit", limit),
        ReportArchive::map);
  }

  private static ArchivedReport map(ResultSet rs, int row) throws SQLException {
    OffsetDateTime created = rs.getObject("created_at", OffsetDateTime.class);
    return new ArchivedReport(rs.getLong("id"), rs.getString("report"),
        rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
        created == null ? null : created.toInstant(), rs.getString("recipients"), rs.getString("file_name"),
        rs.getString("summary"), rs.getString("csv"));
  }
}
