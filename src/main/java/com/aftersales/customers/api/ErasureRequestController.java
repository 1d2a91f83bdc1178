package com.aftersales.customers.api;

import com.aftersales.calendar.WorkingDayCalendar;
import com.aftersales.customers.CustomerAccess;
import com.aftersales.customers.destruction.ArchiveDestructions;
import com.aftersales.customers.destruction.ArchiveDestructions.ErasureRequest;
import com.aftersales.customers.destruction.ErasureChannel;
import com.aftersales.security.StaffAccess;
import com.aftersales.security.StaffUser;
import com.aftersales.web.FieldError;
import com.aftersales.web.InvalidRequestException;
import com.aftersales.web.JsonBodyText;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code POST /api/customers/{id}/erasure-requests}: the customer asks for their data to be erased. Customer service
 * (the archive's keepers, {@link CustomerAccess#KEEPERS}) records the request; it starts the archive's destruction
 * process (002 二(一) 6.10: three approvals, never before the legal minimum retention) or joins the one running.
 *
 * <p>Body: {@code {"channel": "phone|letter|email|visit|online", "receivedOn": "2026-12-01", "reference": "...",
 * "note": "..."}}; channel is required, receivedOn defaults to today and may not lie in the future, reference (the
 * customer's letter or ticket number, at most 64 characters) makes a resend recognisable, note (at most 1000
 * characters) must hold no personal data. Answered 201 with the request and its destruction, 200 when the same
 * request (same reference, or while its destruction is pending) was recorded before, 409 when the archive's personal
 * data is destroyed already; bad input 400 naming the field, nothing written.
 */
@RestController
@RequestMapping("/api/customers")
public class ErasureRequestController {

  static final Set<String> FIELDS = Set.of("channel", "receivedOn", "reference", "note");

  private final ArchiveDestructions destructions;
  private final WorkingDayCalendar calendar;

  public ErasureRequestController(ArchiveDestructions destructions, WorkingDayCalendar calendar) {
    this.destructions = destructions;
    this.calendar = calendar;
  }

  @PostMapping(path = "/{id}/erasure-requests", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Map<String, Object>> request(@PathVariable String id, @RequestBody(required = false)
      JsonNode body) {
    StaffUser staff = StaffAccess.require(CustomerAccess.KEEPERS, "Recording an erasure request");
    long customerId = CustomerController.id(id, "id");
    LocalDate today = LocalDate.ofInstant(calendar.now().toInstant(), calendar.zone());
    List<FieldError> errors = new ArrayList<>();
    if (body == null || !body.isObject()) {
      throw new InvalidRequestException(List.of(new FieldError("", "the request body must be a JSON object")));
    }
    body.fieldNames().forEachRemaining(name -> {
      if (!FIELDS.contains(name)) {
        errors.add(new FieldError(name, "is not a field of an erasure request"));
      }
    });
    ErasureChannel channel = null;
    JsonNode channelNode = body.get("channel");
    if (channelNode == null || channelNode.isNull() || !channelNode.isTextual() || channelNode.asText().isBlank()) {
      errors.add(new FieldError("channel", "is required: phone, letter, email, visit or online"));
    } else {
      try {
        channel = ErasureChannel.valueOf(channelNode.asText().trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError("channel", "must be phone, letter, email, visit or online"));
      }
    }
    LocalDate receivedOn = today;
    JsonNode received = body.get("receivedOn");
    if (received != null && !received.isNull()) {
      try {
        receivedOn = LocalDate.parse(received.asText());
        if (!received.isTextual()) {
          throw new DateTimeParseException("not text", received.asText(), 0);
        }
        if (receivedOn.isAfter(today)) {
          errors.add(new FieldError("receivedOn", "must not lie in the future"));
        } else if (receivedOn.isBefore(today.minusYears(10))) {
          errors.add(new FieldError("receivedOn", "must lie within the last ten years"));
        }
      } catch (DateTimeParseException e) {
        errors.add(new FieldError("receivedOn", "must be a date such as 2026-12-01"));
      }
    }
    String reference = text(body, "reference", 64, errors);
    String note = text(body, "note", 1000, errors);
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    ErasureRequest recorded = destructions.requestErasure(customerId, channel, receivedOn, reference, note,
        staff.id(), calendar.now().toInstant());
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("id", recorded.id());
    answer.put("customerId", recorded.customerId());
    answer.put("channel", recorded.channel().name().toLowerCase(Locale.ROOT));
    answer.put("receivedOn", recorded.receivedOn().toString());
    answer.put("reference", recorded.reference());
    answer.put("recordedBy", recorded.recordedBy());
    if (recorded.destruction() != null) {
      ArchiveDestructions.Destruction d = recorded.destruction();
      Map<String, Object> destruction = new LinkedHashMap<>();
      destruction.put("id", d.id());
      destruction.put("status", d.status().name());
      destruction.put("processInstanceId", d.processInstanceId());
      destruction.put("reason", d.reason());
      answer.put("destruction", destruction);
    }
    if (!recorded.created()) {
      return ResponseEntity.ok(answer);
    }
    URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
        .path("/api/customers/{id}/erasure-requests/{request}")
        .buildAndExpand(recorded.customerId(), recorded.id()).toUri();
    return ResponseEntity.created(location).body(answer);
  }

  /**
   * {@code GET /api/customers/{id}/destructions}: the archive's destruction records (who approved when, the outcome,
   * what was destroyed), for those who read the archive's reports ({@link CustomerAccess#REPORT_READERS}).
   */
  @GetMapping("/{id}/destructions")
  public List<ArchiveDestructions.DestructionRecord> destructions(@PathVariable String id) {
    StaffAccess.require(CustomerAccess.REPORT_READERS, "Reading destruction records");
    return destructions.records(CustomerController.id(id, "id"));
  }

  @ExceptionHandler(ArchiveDestructions.AlreadyDestroyedException.class)
  ResponseEntity<ProblemDetail> destroyed(ArchiveDestructions.AlreadyDestroyedException e) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONFLICT);
    problem.setTitle("Archive destroyed already");
    problem.setDetail(e.getMessage());
    problem.setProperty("errors", List.of(new FieldError("id", e.getMessage())));
    return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  private static String text(JsonNode body, String field, int max, List<FieldError> errors) {
    String sent = JsonBodyText.of(body, field, errors);
    String text = sent == null ? "" : sent.strip();
    if (text.isEmpty()) {
      return null;
    }
    if (text.length() > max) {
      errors.add(new FieldError(field, "must be at most " + max + " characters"));
      return null;
    }
    if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
      errors.add(new FieldError(field, "must not contain control characters"));
      return null;
    }
    return text;
  }
}
