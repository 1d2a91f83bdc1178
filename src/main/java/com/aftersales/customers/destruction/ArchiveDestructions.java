package com.aftersales.customers.destruction;

import com.aftersales.calendar.WorkingDayCalendar;
import com.aftersales.customers.CustomerNotFoundException;
import com.aftersales.customers.destruction.DestructionProcess.Vars;
import com.aftersales.privacy.PersonalDataPurge;
import com.aftersales.privacy.RetentionProperties;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.annotation.Lazy;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Destroying outdated customer archives (002 二(一) 6.10) and the customer's erasure requests: which archives are
 * outdated, starting one destruction process per archive, the legal minimum retention, recording the approvals, the
 * outcome and what was destroyed ({@code archive_destruction}, no personal data).
 *
 * <p>An archive's last business is the closing of its latest case, or its opening when it has no case; an archive
 * with an open case is in use. It is outdated when its last business lies {@code personal-data-after} back; it may be
 * destroyed only when its last business lies at least {@code legal-minimum} back and it is not in use.
 */
@Service
@Transactional
public class ArchiveDestructions {

  private final NamedParameterJdbcTemplate jdbc;
  private final RuntimeService runtimeService;
  private final RetentionProperties retention;
  private final PersonalDataPurge purge;
  private final WorkingDayCalendar calendar;

  public ArchiveDestructions(NamedParameterJdbcTemplate jdbc, @Lazy RuntimeService runtimeService,
      RetentionProperties retention, PersonalDataPurge purge, WorkingDayCalendar calendar) {
    this.jdbc = jdbc;
    this.runtimeService = runtimeService;
    this.retention = retention;
    this.purge = purge;
    this.calendar = calendar;
  }

  /** One destruction proposal as recorded. */
  public record Destruction(long id, long customerId, DestructionOccasion occasion, Long erasureRequestId,
      String processInstanceId, DestructionStatus status, String reason, String rejectedStep) {}

  // ---- the nightly scan ---------------------------------------------------------------------------------------

  /**
   * The archives outdated at {@code now}: unmerged, not destroyed, not in use, last business before the cutoff, and
   * neither awaiting a destruction nor rejected or refused within {@code repropose-after}.
   */
  @Transactional(readOnly = true)
  public List<Long> outdated(Instant now) {
    MapSqlParameterSource p = new MapSqlParameterSource()
        .addValue("cutoff", utc(minus(now, retention.personalDataAfter())), Types.TIMESTAMP_WITH_TIMEZONE)
        .addValue("again", utc(minus(now, retention.reproposeAfter())), Types.TIMESTAMP_WITH_TIMEZONE);
    return jdbc.queryForList("SELECT c.id FROM customer c WHERE c.merged_into IS NULL AND c.destroyed_at IS NULL"
        + " AND NOT EXISTS (SELECT 1 FROM service_case s WHERE s.customer_id = c.id AND s.closed_at IS NULL)"
        + " AND NOT EXISTS (SELECT 1 FROM service_case s WHERE s.customer_id = c.id AND s.closed_at >= :cutoff)"
        + " AND (EXISTS (SELECT 1 FROM service_case s WHERE s.customer_id = c.id) OR c.created_at < :cutoff)"
        + " AND NOT EXISTS (SELECT 1 FROM archive_destruction d WHERE d.customer_id = c.id"
        + " AND (d.status = 'PENDING' OR d.decided_at >= :again))"
        + " ORDER BY c.id", p, Long.class);
  }

  /**
   * Starts a destruction process for the archive unless one is running already (business key AD-{id}); returns the
   * running or started proposal.
   */
  public Destruction propose(long customerId, DestructionOccasion occasion, Long erasureRequestId, Instant now) {
    Optional<Destruction> pending = pending(customerId);
    if (pending.isPresent()) {
      return pending.get();
    }
    String businessKey = DestructionProcess.businessKey(customerId);
    if (runtimeService.createProcessInstanceQuery().processDefinitionKey(DestructionProcess.KEY)
        .processInstanceBusinessKey(businessKey).count() > 0) {
      throw new IllegalStateException("A destruction of archive " + customerId + " runs without its record");
    }
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.update("INSERT INTO archive_destruction (customer_id, occasion, erasure_request_id, status, proposed_at)"
            + " VALUES (:customer, :occasion, :request, 'PENDING', :now)",
        new MapSqlParameterSource()
            .addValue("customer", customerId)
            .addValue("occasion", occasion.name())
            .addValue("request", erasureRequestId, Types.BIGINT)
            .addValue("now", utc(now), Types.TIMESTAMP_WITH_TIMEZONE),
        keys, new String[] {"id"});
    long id = keys.getKey().longValue();
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(Vars.CUSTOMER_ID, customerId);
    variables.put(Vars.DESTRUCTION_ID, id);
    variables.put(Vars.OCCASION, occasion.label());
    variables.put(Vars.ERASURE_REQUEST, erasureRequestId == null ? "无（档案已过时，由每日检查提出）"
        : requestText(erasureRequestId));
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(DestructionProcess.KEY, businessKey,
        variables);
    jdbc.update("UPDATE archive_destruction SET process_instance_id = :pi WHERE id = :id",
        new MapSqlParameterSource().addValue("pi", instance.getId()).addValue("id", id));
    return find(id);
  }

  // ---- the legal minimum --------------------------------------------------------------------------------------

  /**
   * Why the archive may not be destroyed at {@code now}, or empty when it may: destroyed already, in use (an open
   * case), or its last business younger than the legal minimum retention.
   */
  @Transactional(readOnly = true)
  public Optional<String> refusal(long customerId, Instant now) {
    Map<String, Object> customer = jdbc.queryForMap("SELECT created_at, destroyed_at FROM customer WHERE id = :id",
        new MapSqlParameterSource("id", customerId));
    if (customer.get("destroyed_at") != null) {
      return Optional.of("档案的个人信息已于 " + day(instant(customer.get("destroyed_at"))) + " 销毁");
    }
    Integer open = jdbc.queryForObject("SELECT COUNT(*) FROM service_case WHERE customer_id = :id"
        + " AND closed_at IS NULL", new MapSqlParameterSource("id", customerId), Integer.class);
    if (open != null && open > 0) {
      return Optional.of("客户尚有 " + open + " 件未结案件，档案仍在使用，不得销毁");
    }
    Instant last = lastBusiness(customerId, instant(customer.get("created_at")));
    Instant keepUntil = last.atZone(calendar.zone()).plus(retention.legalMinimum()).toInstant();
    if (keepUntil.isAfter(now)) {
      return Optional.of("未过法定最短保存期限（" + retention.legalMinimum() + "）：最后业务 " + day(last)
          + "，须保存至 " + day(keepUntil) + "，不得销毁");
    }
    return Optional.empty();
  }

  /** The text the approvers read about the legal minimum when it has passed. */
  @Transactional(readOnly = true)
  public String retentionPassed(long customerId) {
    Instant created = instant(jdbc.queryForObject("SELECT created_at FROM customer WHERE id = :id",
        new MapSqlParameterSource("id", customerId), Object.class));
    Instant last = lastBusiness(customerId, created);
    return "最后业务 " + day(last) + "，法定最短保存期限（" + retention.legalMinimum() + "）已过，可以销毁";
  }

  private Instant lastBusiness(long customerId, Instant created) {
    Object closed = jdbc.queryForObject("SELECT MAX(closed_at) FROM service_case WHERE customer_id = :id",
        new MapSqlParameterSource("id", customerId), Object.class);
    return closed == null ? created : instant(closed);
  }

  // ---- the approvals and the outcome --------------------------------------------------------------------------

  /**
   * Records one step's decision. An approval by someone who approved an earlier step of the same proposal is
   * refused (分别核准: three separate approvals).
   *
   * @throws IllegalArgumentException naming the field for a decision other than approved / rejected, a rejection
   *     without a reason, or the same person approving twice
   */
  public void decide(long destructionId, ApprovalStep step, String decision, String comment, String user,
      Instant at) {
    if (!DestructionProcess.APPROVED.equals(decision) && !DestructionProcess.REJECTED.equals(decision)) {
      throw new IllegalArgumentException(step.decisionVariable() + ": must be approved or rejected");
    }
    boolean approved = DestructionProcess.APPROVED.equals(decision);
    if (!approved && (comment == null || comment.isBlank())) {
      throw new IllegalArgumentException(step.commentVariable() + ": a rejection needs its reason");
    }
    if (comment != null && comment.length() > 2000) {
      throw new IllegalArgumentException(step.commentVariable() + ": at most 2000 characters");
    }
    Map<String, Object> row = jdbc.queryForMap("SELECT supervisor_by, service_manager_by FROM archive_destruction"
        + " WHERE id = :id", new MapSqlParameterSource("id", destructionId));
    if (approved && user != null && step != ApprovalStep.SUPERVISOR
        && (user.equals(row.get("supervisor_by")) || user.equals(row.get("service_manager_by")))) {
      throw new IllegalArgumentException(step.decisionVariable() + ": " + user
          + " approved an earlier step; each of the three approvals is given by a different person");
    }
    MapSqlParameterSource p = new MapSqlParameterSource()
        .addValue("id", destructionId)
        .addValue("user", user, Types.VARCHAR)
        .addValue("at", utc(at), Types.TIMESTAMP_WITH_TIMEZONE);
    if (approved) {
      jdbc.update("UPDATE archive_destruction SET " + step.column() + "_by = :user, " + step.column()
          + "_at = :at WHERE id = :id", p);
    } else {
      jdbc.update("UPDATE archive_destruction SET rejected_step = :step, rejected_by = :user, reason = :reason"
          + " WHERE id = :id", p.addValue("step", step.name()).addValue("reason", comment.strip()));
    }
  }

  /** Ends a rejected proposal: the archive is kept, the rejecting step and its reason stay recorded. */
  public void rejected(long destructionId, Instant now) {
    jdbc.update("UPDATE archive_destruction SET status = 'REJECTED', decided_at = :now WHERE id = :id"
            + " AND status = 'PENDING'",
        new MapSqlParameterSource().addValue("id", destructionId)
            .addValue("now", utc(now), Types.TIMESTAMP_WITH_TIMEZONE));
  }

  /** Ends a refused proposal (legal minimum, in use): the archive is kept, the reason recorded. */
  public void refused(long destructionId, String reason, Instant now) {
    jdbc.update("UPDATE archive_destruction SET status = 'REFUSED', reason = :reason, decided_at = :now"
            + " WHERE id = :id AND status = 'PENDING'",
        new MapSqlParameterSource().addValue("id", destructionId).addValue("reason", reason)
            .addValue("now", utc(now), Types.TIMESTAMP_WITH_TIMEZONE));
  }

  /** What {@link #destroy} did: destroyed (with its report), or refused with the reason. */
  public record Outcome(boolean destroyed, String text) {}

  /**
   * Destroys the archive's personal data after the third approval, unless the legal minimum or an open case forbids
   * it now. Idempotent: a proposal destroyed already reports what was destroyed and changes nothing.
   */
  public Outcome destroy(long destructionId, Instant now) {
    Destruction d = find(destructionId);
    if (d.status() == DestructionStatus.DESTROYED) {
      return new Outcome(true, report(destructionId));
    }
    Optional<String> refusal = refusal(d.customerId(), now);
    if (refusal.isPresent()) {
      return new Outcome(false, refusal.get());
    }
    PersonalDataPurge.Erased erased = purge.erase(d.customerId(), now);
    jdbc.update("UPDATE archive_destruction SET status = 'DESTROYED', decided_at = :now, destroyed_records = :records,"
            + " destroyed_cases = :cases, destroyed_photos = :photos, destroyed_mails = :mails,"
            + " destroyed_parts_requests = :parts, destroyed_ledger_rows = :ledger, destroyed_sms = :sms,"
            + " destroyed_campaign_recipients = :recipients,"
            + " last_activity_at = :last WHERE id = :id",
        new MapSqlParameterSource()
            .addValue("id", destructionId)
            .addValue("now", utc(now), Types.TIMESTAMP_WITH_TIMEZONE)
            .addValue("records", erased.records())
            .addValue("cases", erased.cases())
            .addValue("photos", erased.photos())
            .addValue("mails", erased.mails())
            .addValue("parts", erased.partsRequests())
            .addValue("ledger", erased.ledgerRows())
            .addValue("sms", erased.sms())
            .addValue("recipients", erased.campaignRecipients())
            .addValue("last", utc(lastBusiness(d.customerId(), now)), Types.TIMESTAMP_WITH_TIMEZONE));
    return new Outcome(true, report(destructionId));
  }

  private String report(long destructionId) {
    Map<String, Object> r = jdbc.queryForMap("SELECT * FROM archive_destruction WHERE id = :id",
        new MapSqlParameterSource("id", destructionId));
    return "已销毁：客户记录 " + r.get("destroyed_records") + " 条，案件中的客户信息 " + r.get("destroyed_cases")
        + " 件，照片 " + r.get("destroyed_photos") + " 张，已发邮件 " + r.get("destroyed_mails") + " 封，配件申请上的客户名 "
        + r.get("destroyed_parts_requests") + " 条，换货台账上的客户名 " + r.get("destroyed_ledger_rows") + " 条，短信 "
        + count(r.get("destroyed_sms")) + " 条，免费服务月的邀请与预约 " + count(r.get("destroyed_campaign_recipients"))
        + " 条";
  }

  /** A count recorded before the column existed (V575_1) reads as 0: nothing of that kind was there to destroy. */
  private static Object count(Object recorded) {
    return recorded == null ? 0 : recorded;
  }

  // ---- erasure requests ---------------------------------------------------------------------------------------

  /** An erasure request as recorded, with the destruction it started or joined. */
  public record ErasureRequest(long id, long customerId, ErasureChannel channel, LocalDate receivedOn,
      String reference, String note, String recordedBy, Destruction destruction, boolean created) {}

  /** The archive's personal data is destroyed already: a request has nothing left to erase. */
  public static class AlreadyDestroyedException extends RuntimeException {
    public AlreadyDestroyedException(long customerId) {
      super("The personal data of customer " + customerId + " is destroyed already");
    }
  }

  /**
   * Records the customer's request and starts the destruction process, or joins the one running. Sent again (same
   * reference, or while its destruction is pending) it is recorded once and answered with the first record.
   */
  public ErasureRequest requestErasure(long customerId, ErasureChannel channel, LocalDate receivedOn,
      String reference, String note, String staff, Instant now) {
    Map<String, Object> customer;
    try {
      customer = jdbc.queryForMap("SELECT id, merged_into, destroyed_at FROM customer WHERE id = :id",
          new MapSqlParameterSource("id", customerId));
    } catch (EmptyResultDataAccessException e) {
      throw new CustomerNotFoundException(customerId);
    }
    if (customer.get("merged_into") != null) {
      return requestErasure(((Number) customer.get("merged_into")).longValue(), channel, receivedOn, reference, note,
          staff, now);
    }
    if (reference != null) {
      List<Long> same = jdbc.queryForList("SELECT id FROM customer_erasure_request WHERE customer_id = :customer"
              + " AND reference = :reference",
          new MapSqlParameterSource().addValue("customer", customerId).addValue("reference", reference), Long.class);
      if (!same.isEmpty()) {
        return request(same.get(0), false);
      }
    }
    Optional<Destruction> pending = pending(customerId);
    if (pending.isPresent() && pending.get().erasureRequestId() != null && reference == null) {
      return request(pending.get().erasureRequestId(), false);
    }
    if (customer.get("destroyed_at") != null) {
      throw new AlreadyDestroyedException(customerId);
    }
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.update("INSERT INTO customer_erasure_request (customer_id, channel, received_on, reference, note,"
            + " recorded_by, recorded_at) VALUES (:customer, :channel, :received, :reference, :note, :staff, :now)",
        new MapSqlParameterSource()
            .addValue("customer", customerId)
            .addValue("channel", channel.name())
            .addValue("received", receivedOn, Types.DATE)
            .addValue("reference", reference, Types.VARCHAR)
            .addValue("note", note, Types.VARCHAR)
            .addValue("staff", staff)
            .addValue("now", utc(now), Types.TIMESTAMP_WITH_TIMEZONE),
        keys, new String[] {"id"});
    long requestId = keys.getKey().longValue();
    if (pending.isPresent()) {
      // A proposal of the nightly scan is running: the request joins it (the approvers see it in the record).
      if (pending.get().erasureRequestId() == null) {
        jdbc.update("UPDATE archive_destruction SET erasure_request_id = :request WHERE id = :id",
            new MapSqlParameterSource().addValue("request", requestId).addValue("id", pending.get().id()));
        runtimeService.setVariable(pending.get().processInstanceId(), Vars.ERASURE_REQUEST, requestText(requestId));
      }
    } else {
      propose(customerId, DestructionOccasion.ERASURE_REQUEST, requestId, now);
    }
    return request(requestId, true);
  }

  private ErasureRequest request(long requestId, boolean created) {
    Map<String, Object> r = jdbc.queryForMap("SELECT * FROM customer_erasure_request WHERE id = :id",
        new MapSqlParameterSource("id", requestId));
    long customerId = ((Number) r.get("customer_id")).longValue();
    List<Long> destructions = jdbc.queryForList("SELECT id FROM archive_destruction WHERE erasure_request_id = :id"
        + " ORDER BY id DESC", new MapSqlParameterSource("id", requestId), Long.class);
    return new ErasureRequest(requestId, customerId, ErasureChannel.valueOf((String) r.get("channel")),
        toDate(r.get("received_on")), (String) r.get("reference"), (String) r.get("note"),
        (String) r.get("recorded_by"), destructions.isEmpty() ? null : find(destructions.get(0)), created);
  }

  private String requestText(long requestId) {
    Map<String, Object> r = jdbc.queryForMap("SELECT channel, received_on, reference FROM customer_erasure_request"
        + " WHERE id = :id", new MapSqlParameterSource("id", requestId));
    return "客户删除申请 #" + requestId + "，" + toDate(r.get("received_on")) + " 经 " + r.get("channel") + " 收到"
        + (r.get("reference") == null ? "" : "，客户编号 " + r.get("reference"));
  }

  // ---- reading ------------------------------------------------------------------------------------------------

  @Transactional(readOnly = true)
  public Destruction find(long destructionId) {
    return jdbc.queryForObject("SELECT * FROM archive_destruction WHERE id = :id",
        new MapSqlParameterSource("id", destructionId), (rs, n) -> new Destruction(rs.getLong("id"),
            rs.getLong("customer_id"), DestructionOccasion.valueOf(rs.getString("occasion")),
            rs.getObject("erasure_request_id") == null ? null : rs.getLong("erasure_request_id"),
            rs.getString("process_instance_id"), DestructionStatus.valueOf(rs.getString("status")),
            rs.getString("reason"), rs.getString("rejected_step")));
  }

  /** The record of one proposal as it stays: who approved when, the outcome, what was destroyed (counts). */
  public record DestructionRecord(long id, long customerId, DestructionOccasion occasion, Long erasureRequestId,
      DestructionStatus status, Instant proposedAt, String supervisorBy, Instant supervisorAt,
      String serviceManagerBy, Instant serviceManagerAt, String generalManagerBy, Instant generalManagerAt,
      String rejectedStep, String rejectedBy, String reason, Instant decidedAt, Map<String, Integer> destroyed) {}

  /** The archive's destruction records, oldest first (its records merged into it included). */
  @Transactional(readOnly = true)
  public List<DestructionRecord> records(long customerId) {
    return jdbc.query("SELECT * FROM archive_destruction WHERE customer_id = :id ORDER BY id",
        new MapSqlParameterSource("id", customerId), (rs, n) -> {
          Map<String, Integer> destroyed = new LinkedHashMap<>();
          for (String column : List.of("records", "cases", "photos", "mails", "parts_requests", "ledger_rows", "sms",
              "campaign_recipients")) {
            Object count = rs.getObject("destroyed_" + column);
            if (count != null) {
              destroyed.put(column, ((Number) count).intValue());
            }
          }
          return new DestructionRecord(rs.getLong("id"), rs.getLong("customer_id"),
              DestructionOccasion.valueOf(rs.getString("occasion")),
              rs.getObject("erasure_request_id") == null ? null : rs.getLong("erasure_request_id"),
              DestructionStatus.valueOf(rs.getString("status")), at(rs, "proposed_at"), rs.getString("supervisor_by"),
              at(rs, "supervisor_at"), rs.getString("service_manager_by"), at(rs, "service_manager_at"),
              rs.getString("general_manager_by"), at(rs, "general_manager_at"), rs.getString("rejected_step"),
              rs.getString("rejected_by"), rs.getString("reason"), at(rs, "decided_at"), destroyed);
        });
  }

  private static Instant at(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  @Transactional(readOnly = true)
  public List<Destruction> ofCustomer(long customerId) {
    return jdbc.queryForList("SELECT id FROM archive_destruction WHERE customer_id = :id ORDER BY id",
        new MapSqlParameterSource("id", customerId), Long.class).stream().map(this::find).toList();
  }

  private Optional<Destruction> pending(long customerId) {
    return jdbc.queryForList("SELECT id FROM archive_destruction WHERE customer_id = :id AND status = 'PENDING'",
        new MapSqlParameterSource("id", customerId), Long.class).stream().findFirst().map(this::find);
  }

  // ---- time ---------------------------------------------------------------------------------------------------

  private Instant minus(Instant now, java.time.Period period) {
    return now.atZone(calendar.zone()).minus(period).toInstant();
  }

  private LocalDate day(Instant instant) {
    return instant.atZone(calendar.zone()).toLocalDate();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  static Instant instant(Object value) {
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    if (value instanceof java.sql.Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof java.time.Instant i) {
      return i;
    }
    if (value instanceof java.time.ZonedDateTime z) {
      return z.toInstant();
    }
    throw new IllegalStateException("Not a timestamp: " + value);
  }

  private static LocalDate toDate(Object value) {
    if (value instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    return (LocalDate) value;
  }
}
