package com.aftersales.privacy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import com.aftersales.mail.OutboxEntry;
import com.aftersales.mail.sms.HttpSmsGateway;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases the personal data of one customer archive, the last step of an approved destruction (002 二(一) 6.10,
 * customers.destruction): on the customer record and the records merged into it the name is replaced by
 * {@value #ERASED}, contact person, phone, e-mail and address are removed, and so are the notes of its
 * re-verifications (they name what changed: a new address); on its cases the name is replaced and phone, e-mail and
 * address removed, likewise the name on their parts requests and in the exchange ledger, their photos are deleted and
 * their finished mails in the outbox; the campaign SMS sent to these records (outbox rows of the SMS channel,
 * carrying the phone number and no case number) are deleted whatever their state, and so are the records' rows in the
 * free-service month campaigns (who was invited, which case a booking opened): nothing sends such an SMS again once
 * its recipient row is gone. Archive and case numbers, kind, region, grades, products, dates, statuses, fees
 * and service records stay for warranty and statistics. Idempotent: erased rows no longer match, so a rerun changes
 * nothing. Nothing runs this on its own: only the destruction process after three approvals.
 */
@Component
public class PersonalDataPurge {

  public static final String ERASED = "(erased)";

  /** What one erasure changed (row counts, no content). */
  public record Erased(int records, int cases, int photos, int mails, int partsRequests, int ledgerRows, int sms,
      int campaignRecipients) {}

  private final NamedParameterJdbcTemplate jdbc;

  public PersonalDataPurge(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional
  public Erased erase(long customerId, Instant now) {
    MapSqlParameterSource p = new MapSqlParameterSource()
        .addValue("customer", customerId)
        .addValue("now", Timestamp.from(now))
        .addValue("erased", ERASED)
        .addValue("finished", List.of(OutboxEntry.SENT, OutboxEntry.KEPT, OutboxEntry.NO_ADDRESS))
        .addValue("sms", HttpSmsGateway.CHANNEL);
    String records = "SELECT id FROM customer WHERE id = :customer OR merged_into = :customer";
    String cases = "SELECT case_number FROM service_case WHERE customer_id IN (" + records + ")";
    int parts = jdbc.update("UPDATE parts_request SET customer_name = :erased WHERE customer_name <> :erased"
        + " AND case_number IN (" + cases + ")", p);
    int ledger = jdbc.update("UPDATE exchange_ledger SET customer_name = :erased WHERE customer_name <> :erased"
        + " AND case_number IN (" + cases + ")", p);
    // Photos of the fault and the repair may show the customer's home and people: they go with the contact data.
    int photos = jdbc.update("DELETE FROM case_photo WHERE case_number IN (" + cases + ")", p);
    // The customer's drawn signature is personal data as well (signatures.CaseSignatures).
    jdbc.update("DELETE FROM case_signature WHERE case_number IN (" + cases + ")", p);
    // Only finished mails: nothing will retry them, so their dedup keys are no longer needed.
    int mails = jdbc.update("DELETE FROM mail_outbox WHERE status IN (:finished) AND case_number IN (" + cases + ")",
        p);
    // A campaign SMS has the dedup key campaign-{campaign}-sms-{customer} (campaigns.CampaignService.dedupKey): found
    // through the recipient rows, so it goes before them.
    String recipients = "SELECT campaign_id, customer_id FROM service_campaign_recipient WHERE customer_id IN ("
        + records + ")";
    int sms = jdbc.update("DELETE FROM mail_outbox WHERE channel = :sms AND dedup_key IN (SELECT CONCAT('campaign-',"
        + " r.campaign_id, '-sms-', r.customer_id) FROM (" + recipients + ") r)", p);
    int campaignRecipients = jdbc.update("DELETE FROM service_campaign_recipient WHERE customer_id IN (" + records
        + ")", p);
    int caseRows = jdbc.update("UPDATE service_case SET customer_name = :erased, customer_phone = NULL,"
        + " customer_email = NULL, customer_address = NULL, updated_at = :now, version = version + 1"
        + " WHERE customer_id IN (" + records + ") AND (customer_name <> :erased"
        + " OR customer_phone IS NOT NULL OR customer_email IS NOT NULL OR customer_address IS NOT NULL)", p);
    jdbc.update("UPDATE customer_verification SET note = NULL WHERE note IS NOT NULL AND customer_id IN ("
        + records + ")", p);
    int recordRows = jdbc.update("UPDATE customer SET name = :erased, contact_name = NULL, phone = NULL,"
        + " phone_digits = NULL, email = NULL, address = NULL, updated_at = :now,"
        + " destroyed_at = COALESCE(destroyed_at, :now) WHERE (id = :customer OR merged_into = :customer)"
        + " AND (name <> :erased OR contact_name IS NOT NULL OR phone IS NOT NULL OR email IS NOT NULL"
        + " OR address IS NOT NULL OR destroyed_at IS NULL)", p);
    return new Erased(recordRows, caseRows, photos, mails, parts, ledger, sms, campaignRecipients);
  }
}
