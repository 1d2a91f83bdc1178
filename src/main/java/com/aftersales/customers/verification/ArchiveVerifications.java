package com.aftersales.customers.verification;

import com.aftersales.customers.ArchiveProperties;
import com.aftersales.customers.Classification;
import com.aftersales.customers.VerificationOutcome;
import com.aftersales.security.StaffGroups;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quarterly re-verification of the archive (002 二(一) 6.5): which archives go on whose sheet, and recording what
 * the verifier found. Every archive that is neither merged, gone nor destroyed (6.10) is on one sheet of the quarter: a salesperson who
 * is a staff user of the sales group verifies their own customers (6.3: 市场部业务人员 track their customers'
 * changes); every other archive goes to {@code aftersales.archive.verification-group}, the customer-information
 * supervisors (4.7). A sheet holds at most {@value #SHEET_SIZE} archives (the project's choice: a sheet a person can
 * verify in one go, and a list that fits one process variable).
 */
@Service
@Transactional
public class ArchiveVerifications {

  public static final int SHEET_SIZE = 40;

  static final Pattern CHANGED_LINE = Pattern.compile("^\\s*(\\d{1,18})\\s*[:：,，\\s]\\s*(\\S.*)$");
  static final Pattern ID_SEPARATORS = Pattern.compile("[\\s,，、;；]+");
  static final int NOTE_MAX = 1000;

  private final NamedParameterJdbcTemplate jdbc;
  private final IdentityService identityService;
  private final ArchiveProperties properties;

  public ArchiveVerifications(NamedParameterJdbcTemplate jdbc, @Lazy IdentityService identityService,
      ArchiveProperties properties) {
    this.jdbc = jdbc;
    this.identityService = identityService;
    this.properties = properties;
  }

  /** 2027-Q1 for any day from 1 January to 31 March 2027. */
  public static String quarter(LocalDate day) {
    return day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
  }

  /** The quarter's sheets, from the archive as it is now. */
  @Transactional(readOnly = true)
  public List<VerificationSheet> sheets(String quarter) {
    Map<String, List<VerificationSheet.Line>> byVerifier = new LinkedHashMap<>();
    Map<String, Boolean> salesUsers = new LinkedHashMap<>();
    jdbc.query("SELECT id, name, kind, region, salesperson, classification, credit_grade, verified_on FROM customer"
            + " WHERE merged_into IS NULL AND gone_on IS NULL AND destroyed_at IS NULL ORDER BY salesperson, id",
        new MapSqlParameterSource(), rs -> {
          String salesperson = rs.getString("salesperson");
          boolean own = salesperson != null
              && salesUsers.computeIfAbsent(salesperson, this::isSalesUser);
          LocalDate verifiedOn = rs.getObject("verified_on", LocalDate.class);
          byVerifier.computeIfAbsent(own ? salesperson : "", k -> new ArrayList<>()).add(new VerificationSheet.Line(
              rs.getLong("id"), rs.getString("name"),
              "ORGANISATION".equals(rs.getString("kind")) ? "机构" : "个人", rs.getString("region"),
              Classification.valueOf(rs.getString("classification")).label(), rs.getString("credit_grade"),
              verifiedOn == null ? null : verifiedOn.toString()));
        });
    List<VerificationSheet> sheets = new ArrayList<>();
    for (Map.Entry<String, List<VerificationSheet.Line>> entry : byVerifier.entrySet()) {
      boolean own = !entry.getKey().isEmpty();
      List<VerificationSheet.Line> lines = entry.getValue();
      for (int from = 0, n = 1; from < lines.size(); from += SHEET_SIZE, n++) {
        String sheetId = "RV-" + quarter + "-" + (own ? entry.getKey() : "archive") + "-" + n;
        sheets.add(new VerificationSheet(sheetId, quarter,
            own ? StaffGroups.SALES : properties.verificationGroup(), own ? entry.getKey() : null,
            List.copyOf(lines.subList(from, Math.min(lines.size(), from + SHEET_SIZE)))));
      }
    }
    return sheets;
  }

  private boolean isSalesUser(String userId) {
    return identityService.createUserQuery().userId(userId).memberOfGroup(StaffGroups.SALES).count() > 0;
  }

  /** What was recorded for a sheet. */
  public record Recorded(int verified, int changed, int gone, String changes) {}

  /**
   * Records the outcome of every archive on the sheet: the changed ones ("12 新地址: …", one per line) and the gone
   * ones (ids separated by spaces or commas) as the verifier named them, every other one as verified. The archive
   * gets the day of its verification; a gone customer the day it was found gone (it is on no later sheet). Recording
   * a sheet again changes nothing (one line per sheet and archive).
   *
   * @throws IllegalArgumentException naming the field for an id not on the sheet, a line that is no id and note, an
   *     archive named twice, or a note too long; nothing is written then
   */
  public Recorded record(String sheetId, List<Long> onSheet, String changedText, String goneText, String actor,
      Instant now, LocalDate today) {
    Set<Long> sheet = new LinkedHashSet<>(onSheet);
    Map<Long, String> changed = new LinkedHashMap<>();
    if (changedText != null) {
      for (String line : changedText.split("\\R")) {
        if (line.isBlank()) {
          continue;
        }
        Matcher m = CHANGED_LINE.matcher(line);
        if (!m.matches()) {
          throw new IllegalArgumentException(VerificationProcess.Vars.CHANGED_CUSTOMERS + ": '" + line.strip()
              + "' is not an archive number and what changed, such as 12 新地址");
        }
        long id = Long.parseLong(m.group(1));
        String note = m.group(2).strip();
        onSheet(sheet, id, VerificationProcess.Vars.CHANGED_CUSTOMERS);
        if (note.length() > NOTE_MAX) {
          throw new IllegalArgumentException(VerificationProcess.Vars.CHANGED_CUSTOMERS + ": the note on " + id
              + " is longer than " + NOTE_MAX + " characters");
        }
        if (changed.put(id, note) != null) {
          throw new IllegalArgumentException(VerificationProcess.Vars.CHANGED_CUSTOMERS + ": " + id
              + " is named twice");
        }
      }
    }
    Set<Long> gone = new LinkedHashSet<>();
    if (goneText != null && !goneText.isBlank()) {
      for (String token : ID_SEPARATORS.split(goneText.strip())) {
        if (!token.matches("\\d{1,18}")) {
          throw new IllegalArgumentException(VerificationProcess.Vars.GONE_CUSTOMERS + ": '" + token
              + "' is not an archive number");
        }
        long id = Long.parseLong(token);
        onSheet(sheet, id, VerificationProcess.Vars.GONE_CUSTOMERS);
        if (!gone.add(id) || changed.containsKey(id)) {
          throw new IllegalArgumentException(VerificationProcess.Vars.GONE_CUSTOMERS + ": " + id
              + " is named twice");
        }
      }
    }
    StringBuilder changes = new StringBuilder();
    for (long id : sheet) {
      VerificationOutcome outcome = gone.contains(id) ? VerificationOutcome.GONE
          : changed.containsKey(id) ? VerificationOutcome.CHANGED : VerificationOutcome.VERIFIED;
      String note = changed.get(id);
      jdbc.update("INSERT INTO customer_verification (sheet_id, customer_id, outcome, note, verified_by, verified_at)"
              + " SELECT :sheet, :customer, :outcome, :note, :actor, :now FROM customer WHERE id = :customer"
              + " AND NOT EXISTS (SELECT 1 FROM customer_verification WHERE sheet_id = :sheet AND customer_id = :customer)",
          new MapSqlParameterSource()
              .addValue("sheet", sheetId)
              .addValue("customer", id)
              .addValue("outcome", outcome.name())
              .addValue("note", note, Types.VARCHAR)
              .addValue("actor", actor)
              .addValue("now", now.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE));
      jdbc.update("UPDATE customer SET verified_on = :today" + (outcome == VerificationOutcome.GONE
              ? ", gone_on = COALESCE(gone_on, :today)" : "") + " WHERE id = :customer",
          new MapSqlParameterSource().addValue("today", today, Types.DATE).addValue("customer", id));
      if (outcome != VerificationOutcome.VERIFIED) {
        changes.append(id).append(outcome == VerificationOutcome.GONE ? "  客户已不存在" : "  变更: " + note)
            .append('\n');
      }
    }
    return new Recorded(sheet.size() - changed.size() - gone.size(), changed.size(), gone.size(),
        changes.toString().strip());
  }

  /** The outcomes recorded in [from, to): VERIFIED, CHANGED, GONE to their counts. */
  @Transactional(readOnly = true)
  public Map<VerificationOutcome, Long> outcomes(Instant from, Instant to) {
    Map<VerificationOutcome, Long> counts = new LinkedHashMap<>();
    for (VerificationOutcome o : VerificationOutcome.values()) {
      counts.put(o, 0L);
    }
    jdbc.query("SELECT outcome, COUNT(*) AS n FROM customer_verification WHERE verified_at >= :from"
            + " AND verified_at < :to GROUP BY outcome",
        new MapSqlParameterSource()
            .addValue("from", from.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE)
            .addValue("to", to.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE),
        rs -> {
          counts.put(VerificationOutcome.valueOf(rs.getString("outcome")), rs.getLong("n"));
        });
    return counts;
  }

  private static void onSheet(Set<Long> sheet, long id, String field) {
    if (!sheet.contains(id)) {
      throw new IllegalArgumentException(field + ": " + id + " is not on this verification sheet");
    }
  }
}
