package com.aftersales.faq;

import static com.aftersales.calendar.DatabaseTimes.instant;

import com.aftersales.faq.FaqEntry.Audience;
import com.aftersales.faq.FaqEntry.Source;
import com.aftersales.faq.FaqEntry.Status;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Table faq_entry. */
@Repository
public class FaqRepository {

  private final NamedParameterJdbcTemplate jdbc;

  public FaqRepository(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A new draft; {@code originKey} (may be null) makes a repeated proposal of the same origin write nothing. */
  public long insertDraft(String question, String answer, String productModel, Audience audience, Source source,
      String sourceCaseNumber, String originKey, String proposedBy, Instant at) {
    if (originKey != null) {
      Optional<Long> existing = jdbc.query("SELECT id FROM faq_entry WHERE origin_key = :key",
          new MapSqlParameterSource("key", originKey), (rs, n) -> rs.getLong("id")).stream().findFirst();
      if (existing.isPresent()) {
        return existing.get();
      }
    }
    MapSqlParameterSource p = new MapSqlParameterSource()
        .addValue("question", question)
        .addValue("answer", answer)
        .addValue("model", productModel, Types.VARCHAR)
        .addValue("audience", audience.value())
        .addValue("source", source.value())
        .addValue("caseNumber", sourceCaseNumber, Types.VARCHAR)
        .addValue("originKey", originKey, Types.VARCHAR)
        .addValue("status", Status.DRAFT.value())
        .addValue("by", proposedBy)
        .addValue("at", at.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.update("INSERT INTO faq_entry (question, answer, product_model, audience, source, source_case_number,"
            + " origin_key, status, proposed_by, proposed_at) VALUES (:question, :answer, :model, :audience, :source,"
            + " :caseNumber, :originKey, :status, :by, :at)", p, key, new String[] {"id"});
    return key.getKey().longValue();
  }

  /** Publishes or rejects a draft, with the (possibly edited) text; false when it is no longer a draft. */
  public boolean review(long id, Status decision, String question, String answer, String productModel,
      Audience audience, String note, String reviewedBy, Instant at) {
    MapSqlParameterSource p = new MapSqlParameterSource()
        .addValue("id", id)
        .addValue("status", decision.value())
        .addValue("draft", Status.DRAFT.value())
        .addValue("question", question)
        .addValue("answer", answer)
        .addValue("model", productModel, Types.VARCHAR)
        .addValue("audience", audience.value())
        .addValue("note", note, Types.VARCHAR)
        .addValue("by", reviewedBy)
        .addValue("at", at.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
    return jdbc.update("UPDATE faq_entry SET status = :status, question = :question, answer = :answer,"
        + " product_model = :model, audience = :audience, review_note = :note, reviewed_by = :by, reviewed_at = :at"
        + " WHERE id = :id AND status = :draft", p) == 1;
  }

  public Optional<FaqEntry> find(long id) {
    return jdbc.query("SELECT * FROM faq_entry WHERE id = :id", new MapSqlParameterSource("id", id),
        FaqRepository::entry).stream().findFirst();
  }

  public Optional<FaqEntry> findByOrigin(String originKey) {
    return jdbc.query("SELECT * FROM faq_entry WHERE origin_key = :key", new MapSqlParameterSource("key", originKey),
        FaqRepository::entry).stream().findFirst();
  }

  /**
   * Entries of the given statuses and audiences whose question or answer contains every word of {@code words}
   * (case-insensitive), and of the product model when one is given; newest first.
   */
  public List<FaqEntry> search(List<Status> statuses, List<Audience> audiences, List<String> words,
      String productModel, int limit) {
    MapSqlParameterSource p = new MapSqlParameterSource()
        .addValue("statuses", statuses.stream().map(Status::value).toList())
        .addValue("audiences", audiences.stream().map(Audience::value).toList())
        .addValue("limit", limit);
    StringBuilder sql = new StringBuilder(
        "SELECT * FROM faq_entry WHERE status IN (:statuses) AND audience IN (:audiences)");
    for (int i = 0; i < words.size(); i++) {
      sql.append(" AND (LOWER(question) LIKE :w").append(i).append(" ESCAPE '\\' OR LOWER(answer) LIKE :w")
          .append(i).append(" ESCAPE '\\')");
      p.addValue("w" + i, "%" + like(words.get(i).toLowerCase(Locale.ROOT)) + "%");
    }
    if (productModel != null) {
      // entries for every model (none named) answer too
      sql.append(" AND (product_model IS NULL OR LOWER(product_model) = :model)");
      p.addValue("model", productModel.toLowerCase(Locale.ROOT));
    }
    sql.append(" ORDER BY id DESC LIMIT :limit");
    return jdbc.query(sql.toString(), p, FaqRepository::entry);
  }

  private static String like(String word) {
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static FaqEntry entry(ResultSet rs, int n) throws SQLException {
    return new FaqEntry(rs.getLong("id"), rs.getString("question"), rs.getString("answer"),
        rs.getString("product_model"), FaqEntry.parse(Audience.class, rs.getString("audience")),
        FaqEntry.parse(Source.class, rs.getString("source")), rs.getString("source_case_number"),
        FaqEntry.parse(Status.class, rs.getString("status")), rs.getString("proposed_by"),
        instant(rs, "proposed_at"), rs.getString("reviewed_by"), instant(rs, "reviewed_at"),
        rs.getString("review_note"));
  }
}
