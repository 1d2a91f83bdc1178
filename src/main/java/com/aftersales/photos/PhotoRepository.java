package com.aftersales.photos;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Table case_photo (Flyway V370_1). */
@Repository
public class PhotoRepository {

  private static final String COLUMNS =
      "id, case_number, kind, content_type, size_bytes, file_name, uploaded_by, uploaded_at";

  private final NamedParameterJdbcTemplate jdbc;

  public PhotoRepository(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Locks the case's row until the transaction ends, so two uploads to one case count its photos one after the
   * other.
   */
  void lockCase(String caseNumber) {
    jdbc.queryForList("SELECT case_number FROM service_case WHERE case_number = :c FOR UPDATE",
        new MapSqlParameterSource("c", caseNumber), String.class);
  }

  int count(String caseNumber) {
    Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM case_photo WHERE case_number = :c",
        new MapSqlParameterSource("c", caseNumber), Integer.class);
    return n == null ? 0 : n;
  }

  CasePhoto insert(String caseNumber, PhotoKind kind, ImageFormat format, byte[] bytes, String fileName,
      String uploadedBy, Instant at) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.update("INSERT INTO case_photo (case_number, kind, content_type, size_bytes, file_name, uploaded_by,"
            + " uploaded_at, content) VALUES (:c, :kind, :type, :size, :name, :by, :at, :content)",
        new MapSqlParameterSource("c", caseNumber)
            .addValue("kind", kind.name())
            .addValue("type", format.contentType())
            .addValue("size", bytes.length)
            .addValue("name", fileName, Types.VARCHAR)
            .addValue("by", uploadedBy)
            .addValue("at", at.atOffset(java.time.ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE)
            .addValue("content", bytes, Types.BINARY),
        key, new String[] {"id"});
    return new CasePhoto(key.getKey().longValue(), caseNumber, kind, format.contentType(), bytes.length, fileName,
        uploadedBy, at);
  }

  List<CasePhoto> list(String caseNumber) {
    return jdbc.query("SELECT " + COLUMNS + " FROM case_photo WHERE case_number = :c ORDER BY uploaded_at, id",
        new MapSqlParameterSource("c", caseNumber), (rs, i) -> photo(rs));
  }

  Optional<CasePhoto.Content> content(String caseNumber, long id) {
    return jdbc.query("SELECT " + COLUMNS + ", content FROM case_photo WHERE case_number = :c AND id = :id",
        new MapSqlParameterSource("c", caseNumber).addValue("id", id),
        (rs, i) -> new CasePhoto.Content(photo(rs), rs.getBytes("content"))).stream().findFirst();
  }

  private static CasePhoto photo(ResultSet rs) throws SQLException {
    return new CasePhoto(rs.getLong("id"), rs.getString("case_number"), PhotoKind.valueOf(rs.getString("kind")),
        rs.getString("content_type"), rs.getInt("size_bytes"), rs.getString("file_name"),
        rs.getString("uploaded_by"), rs.getObject("uploaded_at", java.time.OffsetDateTime.class).toInstant());
  }
}
