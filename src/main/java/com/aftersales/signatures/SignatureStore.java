package com.aftersales.signatures;

import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Table case_signature (Flyway V470_2): no access checks here, {@link CaseSignatures} and the documents do them. */
@Repository
public class SignatureStore {

  /** A stored signature: its image and when it was drawn, on whose device. */
  public record Signature(long id, String caseNumber, String document, byte[] png, String capturedBy,
      Instant signedAt) {}

  private final NamedParameterJdbcTemplate jdbc;

  public SignatureStore(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  Signature insert(String caseNumber, String document, byte[] png, String capturedBy, Instant at) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.update("INSERT INTO case_signature (case_number, document, content_type, size_bytes, captured_by,"
            + " signed_at, content) VALUES (:c, :d, 'image/png', :size, :by, :at, :content)",
        new MapSqlParameterSource("c", caseNumber).addValue("d", document).addValue("size", png.length)
            .addValue("by", capturedBy)
            .addValue("at", at.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE)
            .addValue("content", png, Types.BINARY),
        key, new String[] {"id"});
    return new Signature(key.getKey().longValue(), caseNumber, document, png, capturedBy, at);
  }

  /** The latest signature of a document of the case, for printing it. */
  public Optional<Signature> latest(String caseNumber, String document) {
    return jdbc.query("SELECT * FROM case_signature WHERE case_number = :c AND document = :d"
            + " ORDER BY signed_at DESC, id DESC",
        new MapSqlParameterSource("c", caseNumber).addValue("d", document),
        (rs, i) -> new Signature(rs.getLong("id"), rs.getString("case_number"), rs.getString("document"),
            rs.getBytes("content"), rs.getString("captured_by"),
            rs.getObject("signed_at", OffsetDateTime.class).toInstant()))
        .stream().findFirst();
  }
}
