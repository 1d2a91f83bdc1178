package com.aftersales.faq.api;

import com.aftersales.calendar.WorkingDayCalendar;
import com.aftersales.faq.FaqEntry;
import com.aftersales.faq.FaqEntry.Audience;
import com.aftersales.faq.FaqEntry.Status;
import com.aftersales.faq.FaqService;
import com.aftersales.security.StaffAccess;
import com.aftersales.security.StaffGroups;
import com.aftersales.security.StaffUser;
import com.aftersales.security.StaffUserRequiredException;
import com.aftersales.web.FieldError;
import com.aftersales.web.InvalidRequestException;
import com.aftersales.web.JsonBodyText;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The FAQ for staff (002 客服流程 一(四), 003 六1(b)):
 * <ul>
 *   <li>{@code GET /api/faq[?q=words][&productModel=][&status=published|draft|rejected]}: every staff member; published
 *       entries unless another status is asked for, for customers and for staff, newest first;</li>
 *   <li>{@code GET /api/faq/{id}}: one entry, every staff member;</li>
 *   <li>{@code POST /api/faq} {@code {"question", "answer", "productModel", "audience": "customers|staff",
 *       "sourceCaseNumber"}}: a finding proposed as a draft (engineers, customer service, service managers), 201;</li>
 *   <li>{@code POST /api/faq/{id}/review} {@code {"decision": "publish|reject", "question", "answer", "productModel",
 *       "audience", "note"}}: a service manager publishes (with any edits) or rejects a draft; 409 when it is not a
 *       draft any more.</li>
 * </ul>
 * Customers read the published entries for customers at {@code GET /api/customer/faq} ({@link PublicFaqController}).
 */
@RestController
@RequestMapping("/api/faq")
public class FaqController {

  static final Set<String> PROPOSERS =
      Set.of(StaffGroups.ENGINEERS, StaffGroups.CUSTOMER_SERVICE, StaffGroups.SERVICE_MANAGERS);
  static final Set<String> REVIEWERS = Set.of(StaffGroups.SERVICE_MANAGERS);
  private static final Set<String> PROPOSAL_FIELDS =
      Set.of("question", "answer", "productModel", "audience", "sourceCaseNumber");
  private static final Set<String> REVIEW_FIELDS =
      Set.of("decision", "question", "answer", "productModel", "audience", "note");

  private final FaqService faq;
  private final WorkingDayCalendar calendar;

  public FaqController(FaqService faq, WorkingDayCalendar calendar) {
    this.faq = faq;
    this.calendar = calendar;
  }

  @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<List<FaqEntry>> search(@RequestParam(required = false) String q,
      @RequestParam(required = false) String productModel, @RequestParam(required = false) String status) {
    StaffUser.current().orElseThrow(StaffUserRequiredException::new);
    Status wanted = Status.PUBLISHED;
    if (status != null && !status.isBlank()) {
      wanted = switch (status.trim().toLowerCase(Locale.ROOT)) {
        case "published" -> Status.PUBLISHED;
        case "draft" -> Status.DRAFT;
        case "rejected" -> Status.REJECTED;
        default -> throw new InvalidRequestException("Invalid FAQ search",
            List.of(new FieldError("status", "must be one of published, draft, rejected")));
      };
    }
    return ResponseEntity.ok().cacheControl(CacheControl.noStore())
        .body(faq.searchForStaff(List.of(wanted), q, productModel));
  }

  @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<FaqEntry> entry(@PathVariable String id) {
    StaffUser.current().orElseThrow(StaffUserRequiredException::new);
    return ResponseEntity.ok().cacheControl(CacheControl.noStore())
        .body(faq.find(id(id)).orElseThrow(() -> notFound(id)));
  }

  @PostMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<FaqEntry> propose(@RequestBody(required = false) JsonNode body) {
    StaffUser user = StaffAccess.require(PROPOSERS, "Proposing FAQ entries");
    List<FieldError> errors = new ArrayList<>();
    object(body, PROPOSAL_FIELDS, errors);
    FaqService.Draft draft = new FaqService.Draft(text(body, "question", errors), text(body, "answer", errors),
        text(body, "productModel", errors), audience(body, errors));
    FaqEntry created = faq.proposeFinding(draft, text(body, "sourceCaseNumber", errors), errors, user.id(), now());
    return ResponseEntity.created(URI.create("/api/faq/" + created.id())).body(created);
  }

  @PostMapping(path = "/{id}/review", produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<FaqEntry> review(@PathVariable String id, @RequestBody(required = false) JsonNode body) {
    StaffUser user = StaffAccess.require(REVIEWERS, "Publishing FAQ entries");
    long entryId = id(id);
    List<FieldError> errors = new ArrayList<>();
    object(body, REVIEW_FIELDS, errors);
    Status decision = null;
    String given = text(body, "decision", errors);
    if ("publish".equals(given)) {
      decision = Status.PUBLISHED;
    } else if ("reject".equals(given)) {
      decision = Status.REJECTED;
    } else {
      errors.add(new FieldError("decision", "must be publish or reject"));
    }
    FaqService.Draft edits = new FaqService.Draft(text(body, "question", errors), text(body, "answer", errors),
        text(body, "productModel", errors), audience(body, errors));
    if (decision == null) {
      throw new InvalidRequestException("Invalid FAQ review", errors);
    }
    FaqService.Review review = faq.review(entryId, decision, edits, text(body, "note", errors), errors, user.id(),
        now());
    return switch (review.outcome()) {
      case NOT_FOUND -> throw notFound(id);
      case NOT_A_DRAFT -> {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
            "FAQ entry " + entryId + " is " + review.entry().status().value() + ", not a draft any more.");
        problem.setTitle("Already reviewed");
        throw new ErrorResponseException(HttpStatus.CONFLICT, problem, null);
      }
      case REVIEWED -> ResponseEntity.ok(review.entry());
    };
  }

  private Instant now() {
    return calendar.now().toInstant();
  }

  private static long id(String id) {
    try {
      long value = Long.parseLong(id);
      if (value > 0) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InvalidRequestException("Invalid FAQ entry id", List.of(new FieldError("id", "must be a number")));
  }

  private static ErrorResponseException notFound(String id) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No FAQ entry " + id);
    problem.setTitle("Not found");
    return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
  }

  private static void object(JsonNode body, Set<String> fields, List<FieldError> errors) {
    if (body == null || !body.isObject()) {
      throw new InvalidRequestException(List.of(new FieldError("", "the request body must be a JSON object")));
    }
    for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!fields.contains(name)) {
        errors.add(new FieldError(name, "is not a field here"));
      }
    }
  }

  private static String text(JsonNode body, String field, List<FieldError> errors) {
    return JsonBodyText.of(body, field, errors);
  }

  private static Audience audience(JsonNode body, List<FieldError> errors) {
    String value = text(body, "audience", errors);
    if (value == null) {
      return null;
    }
    return switch (value.trim()) {
      case "customers" -> Audience.CUSTOMERS;
      case "staff" -> Audience.STAFF;
      default -> {
        errors.add(new FieldError("audience", "must be customers or staff"));
        yield null;
      }
    };
  }
}
