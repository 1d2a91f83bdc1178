package com.aftersales.selfservice;

import com.aftersales.security.LoginThrottleFilter;
import com.aftersales.web.FieldError;
import com.aftersales.web.InvalidRequestException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The API of the customer's own pages (/customer/status.html, /customer/satisfaction.html), the one part of /api
 * open without a staff login ({@link #PATH}). Every answer is rate limited per client ({@link SelfServiceThrottle}:
 * 429 with Retry-After); a wrong case number, phone digits or link token all get the same 404, so the answers
 * tell nothing about which part was wrong.
 */
@RestController
@RequestMapping(CustomerPagesController.PATH)
public class CustomerPagesController {

  /** Excluded from the staff authentication of /api (security.ApiAuthenticationFilter). */
  public static final String PATH = "/api/customer";

  static final Pattern CASE_NUMBER = Pattern.compile("AS-\\d{4}-\\d{6}");
  static final Pattern LAST_FOUR = Pattern.compile("\\d{4}");
  static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{16,64}");
  static final int COMMENT_MAX = 1000;

  private final CustomerStatusService status;
  private final SatisfactionAnswers answers;
  private final SelfServiceThrottle throttle;

  public CustomerPagesController(
      CustomerStatusService status, SatisfactionAnswers answers, SelfServiceThrottle throttle) {
    this.status = status;
    this.answers = answers;
    this.throttle = throttle;
  }

  /** {@code {"caseNumber": "AS-2026-000001", "phoneLastFour": "8000"}}: the case's status, nothing personal. */
  @PostMapping(path = "/status", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<?> status(@RequestBody JsonNode body, HttpServletRequest request) {
    List<FieldError> errors = new ArrayList<>();
    String caseNumber = field(body, "caseNumber", CASE_NUMBER, "must be a case number such as AS-2026-000001", errors);
    String digits = field(body, "phoneLastFour", LAST_FOUR, "must be the last four digits of your phone number",
        errors);
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    return limited(request, caseNumber, client -> {
      Optional<CaseStatus> found = status.lookUp(caseNumber, digits);
      if (found.isEmpty()) {
        throttle.failed(client, caseNumber);
        throw notFound("No case with this number and these phone digits.");
      }
      return ResponseEntity.ok(found.get());
    });
  }

  /** Whether the satisfaction question behind a mail's link is still to be answered. */
  @GetMapping("/satisfaction")
  public ResponseEntity<?> survey(
      @RequestParam(name = "caseNumber", required = false) String caseNumber,
      @RequestParam(name = "token", required = false) String token,
      HttpServletRequest request) {
    List<FieldError> errors = new ArrayList<>();
    check("caseNumber", caseNumber, CASE_NUMBER, "must be a case number such as AS-2026-000001", errors);
    check("token", token, TOKEN, "must be the code from the link in your mail", errors);
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    return limited(request, caseNumber, client -> {
      try {
        SatisfactionSurveys.Survey survey = answers.survey(caseNumber, token);
        return ResponseEntity.ok(new SurveyState(caseNumber, survey.answered(), survey.score()));
      } catch (SatisfactionAnswers.RefusedException e) {
        throttle.failed(client, caseNumber);
        throw notFound("This link is not (or no longer) valid.");
      }
    });
  }

  /** What the satisfaction page shows before asking. */
  public record SurveyState(String caseNumber, boolean answered, Integer score) {}

  /** {@code {"caseNumber", "token", "score": 1..5, "comment"}}: the customer's answer; 204 when taken. */
  @PostMapping(path = "/satisfaction", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<?> answer(@RequestBody JsonNode body, HttpServletRequest request) {
    List<FieldError> errors = new ArrayList<>();
    String caseNumber = field(body, "caseNumber", CASE_NUMBER, "must be a case number such as AS-2026-000001", errors);
    String token = field(body, "token", TOKEN, "must be the code from the link in your mail", errors);
    JsonNode scoreNode = body == null ? null : body.get("score");
    Integer score = scoreNode != null && scoreNode.isInt() && scoreNode.intValue() >= 1 && scoreNode.intValue() <= 5
        ? scoreNode.intValue() : null;
    if (score == null) {
      errors.add(new FieldError("score", "choose 1 (very dissatisfied) to 5 (very satisfied)"));
    }
    JsonNode commentNode = body == null ? null : body.get("comment");
    String comment = null;
    if (commentNode != null && !commentNode.isNull()) {
      if (!commentNode.isTextual()) {
        errors.add(new FieldError("comment", "must be text"));
      } else if (commentNode.asText().trim().length() > COMMENT_MAX) {
        errors.add(new FieldError("comment", "must be at most " + COMMENT_MAX + " characters"));
      } else if (commentNode.asText().chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r')) {
        errors.add(new FieldError("comment", "must not contain control characters other than line breaks"));
      } else {
        comment = commentNode.asText().trim().isEmpty() ? null : commentNode.asText().trim();
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    int given = score;
    String note = comment;
    return limited(request, caseNumber, client -> {
      try {
        answers.answer(caseNumber, token, given, note);
        return ResponseEntity.noContent().build();
      } catch (SatisfactionAnswers.RefusedException e) {
        switch (e.refusal()) {
          case UNKNOWN -> {
            throttle.failed(client, caseNumber);
            throw notFound("This link is not (or no longer) valid.");
          }
          case ANSWERED -> throw conflict("answered", "You have answered this question already. Thank you!");
          default -> throw conflict("called",
              "Our customer service has already asked you by phone; your answer from that call is recorded.");
        }
      }
    });
  }

  /**
   * The answer of {@code lookup} (given the client as the throttle counts it), or 429 with Retry-After when the
   * client must wait first; every lookup counts.
   */
  private ResponseEntity<?> limited(
      HttpServletRequest request, String caseNumber, Function<String, ResponseEntity<?>> lookup) {
    String client = LoginThrottleFilter.client(request.getRemoteAddr());
    Optional<Duration> wait = throttle.waitBefore(client, caseNumber);
    if (wait.isEmpty()) {
      throttle.looked(client);
      return lookup.apply(client);
    }
    return SelfServiceThrottle.tooMany("attempts", wait.get());
  }

  private static String field(JsonNode body, String name, Pattern pattern, String message, List<FieldError> errors) {
    JsonNode node = body == null ? null : body.get(name);
    String value = node != null && node.isTextual() ? node.asText().trim() : null;
    return check(name, value, pattern, message, errors);
  }

  private static String check(String name, String value, Pattern pattern, String message, List<FieldError> errors) {
    String trimmed = value == null ? null : value.trim();
    if (trimmed == null || !pattern.matcher(trimmed).matches()) {
      errors.add(new FieldError(name, message));
      return null;
    }
    return trimmed;
  }

  private static ErrorResponseException notFound(String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
    problem.setTitle("Not found");
    return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
  }

  private static ErrorResponseException conflict(String reason, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
    problem.setTitle("Already answered");
    problem.setProperty("reason", reason);
    return new ErrorResponseException(HttpStatus.CONFLICT, problem, null);
  }
}
