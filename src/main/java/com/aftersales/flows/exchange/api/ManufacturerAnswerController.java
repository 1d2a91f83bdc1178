package com.aftersales.flows.exchange.api;

import com.aftersales.flows.exchange.ExchangeAuthorizations;
import com.aftersales.flows.exchange.ManufacturerAnswer;
import com.aftersales.flows.exchange.ManufacturerAnswers;
import com.aftersales.flows.exchange.ManufacturerDecision;

import com.aftersales.cases.ServiceCase;
import com.aftersales.security.StaffAccess;
import com.aftersales.security.StaffGroups;
import com.aftersales.security.StaffUser;
import com.aftersales.web.FieldError;
import com.aftersales.web.InvalidRequestException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/exchanges/{caseNumber}/manufacturer-answer} with {@code {"decision": "accepted" | "refused",
 * "note": "...", "pickupDate": "yyyy-MM-dd"}}: the sales office enters the manufacturer's answer to an exchange
 * request. This is the sales office's only way to move an exchange case from outside Tasklist; it holds no
 * permission on the exchange instances in the engine (ExchangeAuthorizations), so it cannot modify, suspend or
 * set variables on them through /engine-rest. Bad input is answered 400 naming each field, an unknown case 404,
 * a case that is not waiting for the answer (or got it already) 409.
 */
@RestController
public class ManufacturerAnswerController {

  /** The candidate group of Task_EnterManufacturerAnswer: the same people, through another door. */
  static final Set<String> ALLOWED = Set.of(StaffGroups.SALES_OFFICE);
  public static final int NOTE_MAX = 2000;
  private static final Set<String> FIELDS = Set.of("decision", "note", "pickupDate");

  private final ManufacturerAnswers answers;

  public ManufacturerAnswerController(ManufacturerAnswers answers) {
    this.answers = answers;
  }

  public record Entered(String caseNumber, String decision, String status, String enteredBy) {}

  @PostMapping(path = "/api/exchanges/{caseNumber}/manufacturer-answer", consumes = MediaType.APPLICATION_JSON_VALUE)
  public Entered enter(@PathVariable String caseNumber, @RequestBody JsonNode body) {
    StaffUser user = StaffAccess.require(ALLOWED, "Entering the manufacturer's answer");
    ManufacturerAnswer answer = read(body);
    ServiceCase after = answers.enter(caseNumber, answer, user.id());
    return new Entered(after.caseNumber(), answer.decision().code(), after.status(), user.id());
  }

  /** Reads the whole body first, so the caller learns every bad field at once. */
  static ManufacturerAnswer read(JsonNode body) {
    List<FieldError> errors = new ArrayList<>();
    if (body == null || !body.isObject()) {
      throw new InvalidRequestException(List.of(new FieldError("", "the request body must be a JSON object")));
    }
    body.fieldNames().forEachRemaining(name -> {
      if (!FIELDS.contains(name)) {
        errors.add(new FieldError(name, "is not part of a manufacturer's answer (decision, note, pickupDate)"));
      }
    });
    ManufacturerDecision decision = null;
    JsonNode decisionNode = body.get("decision");
    if (decisionNode == null || decisionNode.isNull() || decisionNode.asText().isBlank()) {
      errors.add(new FieldError("decision", "is required: one of " + String.join(", ", ManufacturerDecision.names())));
    } else if (!decisionNode.isTextual() || ManufacturerDecision.parse(decisionNode.asText()).isEmpty()) {
      errors.add(new FieldError("decision",
          "must be one of " + String.join(", ", ManufacturerDecision.names()) + ", not " + decisionNode));
    } else {
      decision = ManufacturerDecision.parse(decisionNode.asText()).get();
    }
    String note = null;
    JsonNode noteNode = body.get("note");
    if (noteNode != null && !noteNode.isNull()) {
      if (!noteNode.isTextual()) {
        errors.add(new FieldError("note", "must be text"));
      } else if (noteNode.asText().length() > NOTE_MAX) {
        errors.add(new FieldError("note", "must be at most " + NOTE_MAX + " characters"));
      } else if (!noteNode.asText().isBlank()) {
        note = noteNode.asText().trim();
      }
    }
    LocalDate pickupDate = null;
    JsonNode pickupNode = body.get("pickupDate");
    if (pickupNode != null && !pickupNode.isNull() && !(pickupNode.isTextual() && pickupNode.asText().isBlank())) {
      try {
        if (!pickupNode.isTextual()) {
          throw new DateTimeParseException("not text", pickupNode.toString(), 0);
        }
        pickupDate = LocalDate.parse(pickupNode.asText().trim());
      } catch (DateTimeParseException e) {
        errors.add(new FieldError("pickupDate", "must be a date as yyyy-MM-dd, not " + pickupNode));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    return new ManufacturerAnswer(decision, note, pickupDate);
  }
}
