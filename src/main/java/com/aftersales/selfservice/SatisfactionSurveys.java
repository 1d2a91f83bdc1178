package com.aftersales.selfservice;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Table satisfaction_survey: one per case, its link token, and the customer's answer once given. */
@Component
public class SatisfactionSurveys {

  public record Survey(String caseNumber, String token, String processInstanceId, Integer score, Instant answeredAt) {

    public boolean answered() {
      return answeredAt != null;
    }
  }

  private static final SecureRandom RANDOM = new SecureRandom();

  private final NamedParameterJdbcTemplate jdbc;
  private final TransactionTemplate newTransaction;

  public SatisfactionSurveys(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.newTransaction = new TransactionTemplate(transactionManager);
    this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * The case's survey, created with a fresh token the first time. Committed on its own: the link in a mail that
   * went out must keep working even when the job that sent it is rolled back and retried (the retry gets the same
   * survey and the same token).
   */
  public Survey openFor(String caseNumber, String processInstanceId) {
    Optional<Survey> existing = find(caseNumber);
    if (existing.isPresent()) {
      return existing.get();
    }
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    try {
      newTransaction.executeWithoutResult(status -> jdbc.update(
          "INSERT INTO satisfaction_survey (case_number, token, process_instance_id, created_at)"
              + " VALUES (:c, :t, :p, :now)",
          new MapSqlParameterSource().addValue("c", caseNumber).addValue("t", token).addValue("p", processInstanceId)
              .addValue("now", now(), Types.TIMESTAMP_WITH_TIMEZONE)));
    } catch (DuplicateKeyException concurrent) {
      // another node opened it first: its token is the one
    }
    return find(caseNumber).orElseThrow();
  }

  public Optional<Survey> find(String caseNumber) {
    return jdbc.query(
            "SELECT case_number, token, process_instance_id, score, answered_at FROM satisfaction_survey"
                + " WHERE case_number = :c",
            new MapSqlParameterSource("c", caseNumber),
            (rs, row) -> {
              OffsetDateTime answered = rs.getObject("answered_at", OffsetDateTime.class);
              return new Survey(rs.getString("case_number"), rs.getString("token"),
                  rs.getString("process_instance_id"), rs.getObject("score", Integer.class),
                  answered == null ? null : answered.toInstant());
            })
        .stream()
        .findFirst();
  }

  /** The case's survey when {@code token} is its token (compared in constant time). */
  public Optional<Survey> withToken(String caseNumber, String token) {
    return find(caseNumber).filter(s -> MessageDigest.isEqual(
        s.token().getBytes(StandardCharsets.US_ASCII), token.getBytes(StandardCharsets.US_ASCII)));
  }

  /**
   * Records the answer in the caller's transaction; false when it was answered already (by a concurrent request).
   */
  public boolean answer(String caseNumber, int score, String comment) {
    return jdbc.update(
        "UPDATE satisfaction_survey SET score = :s, answer_comment = :comment, answered_at = :now"
            + " WHERE case_number = :c AND answered_at IS NULL",
        new MapSqlParameterSource().addValue("c", caseNumber).addValue("s", score)
            .addValue("comment", comment, Types.VARCHAR).addValue("now", now(), Types.TIMESTAMP_WITH_TIMEZONE)) == 1;
  }

  private static OffsetDateTime now() {
    return ClockUtil.getCurrentTime().toInstant().atOffset(ZoneOffset.UTC);
  }
}
