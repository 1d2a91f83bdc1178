package com.aftersales.privacy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import com.aftersales.mail.OutboxEntry;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases the customer's personal data of cases closed longer than {@code aftersales.retention.personal-data-after}
 * ago: name replaced by {@value #ERASED}, phone, e-mail and address removed, the name on the case's parts requests
 * and the case's mails in the outbox likewise. Case numbers, products, dates, statuses, fees and service records
 * stay for warranty and statistics. Idempotent: erased rows no longer match, so a rerun changes nothing.
 */
@Component
public class PersonalDataPurge {

  private static final Logger LOG = LoggerFactory.getLogger(PersonalDataPurge.class);
  public static final String ERASED = "(erased)";

  private final NamedParameterJdbcTemplate jdbc;
  private final RetentionProperties properties;

  public PersonalDataPurge(NamedParameterJdbcTemplate jdbc, RetentionProperties properties) {
    this.jdbc = jdbc;
    this.properties = properties;
  }

  @Scheduled(cron = "${aftersales.retention.purge-cron:0 30 2 * * *}")
  public void nightly() {
    purge(ClockUtil.getCurrentTime().toInstant());
  }

  /** @return how many cases had their personal data erased */
  @Transactional
  public int purge(Instant now) {
    Instant cutoff = now.atOffset(ZoneOffset.UTC).minus(properties.personalDataAfter()).toInstant();
    MapSqlParameterSource p = new MapSqlParameterSource()
        .addValue("cutoff", Timestamp.from(cutoff))
        .addValue("now", Timestamp.from(now))
        .addValue("erased", ERASED);
    String expired = "SELECT case_number FROM service_case WHERE closed_at IS NOT NULL AND closed_at < :cutoff";
    jdbc.update("UPDATE parts_request SET customer_name = :erased WHERE customer_name <> :erased"
        + " AND case_number IN (" + expired + ")", p);
    // Photos of the fault and the repair may show the customer's home and people: they go with the contact data.
    jdbc.update("DELETE FROM case_photo WHERE case_number IN (" + expired + ")", p);
    // The customer's drawn signature is personal data as well (signatures.CaseSignatures).
    jdbc.update("DELETE FROM case_signature WHERE case_number IN (" + expired + ")", p);
    // Only finished mails: nothing will retry them, so their dedup keys are no longer needed.
    jdbc.update("DELETE FROM mail_outbox WHERE status IN (:finished) AND case_number IN (" + expired + ")",
        p.addValue("finished", List.of(OutboxEntry.SENT, OutboxEntry.KEPT, OutboxEntry.NO_ADDRESS)));
    int cases = jdbc.update("UPDATE service_case SET customer_name = :erased, customer_phone = NULL,"
        + " customer_email = NULL, customer_address = NULL, updated_at = :now, version = version + 1"
        + " WHERE closed_at IS NOT NULL AND closed_at < :cutoff AND (customer_name <> :erased"
        + " OR customer_phone IS NOT NULL OR customer_email IS NOT NULL OR customer_address IS NOT NULL)", p);
    if (cases > 0) {
      LOG.info("Erased the personal data of {} cases closed before {}", cases, cutoff);
    }
    return cases;
  }
}
