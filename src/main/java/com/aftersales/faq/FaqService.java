package com.aftersales.faq;

import com.aftersales.cases.CaseService;
import com.aftersales.cases.ServiceRecord;
import com.aftersales.faq.FaqEntry.Audience;
import com.aftersales.faq.FaqEntry.Source;
import com.aftersales.faq.FaqEntry.Status;
import com.aftersales.web.FieldError;
import com.aftersales.web.InvalidRequestException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The FAQ (002 客服流程 一(四) 常见问题汇总; 003 六1(b) 技术问题汇编成FAQ, for customers and staff): customer service
 * proposes an entry when answering a consultation (consultation.bpmn#Task_ContactCustomer, recorded by
 * {@code recordConsultationAnswerDelegate}), any engineer or customer service member proposes one from a finding
 * ({@code POST /api/faq}); a service manager publishes or rejects the draft. An entry is read by everyone once
 * published for customers, so its text must not carry a phone number or an e-mail address.
 */
@Service
@Transactional
public class FaqService {

  public static final int QUESTION_MAX = 1000;
  public static final int ANSWER_MAX = 4000;
  public static final int MODEL_MAX = 100;
  public static final int NOTE_MAX = 1000;
  /** Longest result list of one search. */
  public static final int LIMIT = 200;

  /** Service record of the case an entry was proposed from. */
  public static final String PROPOSED = "FAQ_PROPOSED";

  /** Seven digits in a row (spaces and dashes between them allowed): a phone number, not a model or a part. */
  private static final Pattern PHONE = Pattern.compile("\\d(?:[ -]?\\d){6,}");
  private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");

  private final FaqRepository entries;
  private final CaseService cases;

  public FaqService(FaqRepository entries, CaseService cases) {
    this.entries = entries;
    this.cases = cases;
  }

  /** An entry as proposed or edited at review; the controller has parsed the JSON types. */
  public record Draft(String question, String answer, String productModel, Audience audience) {}

  /**
   * The draft customer service proposed with a consultation's answer: the question in general terms, the answer
   * as given, for customers. Runs at least once: a consultation proposes one entry.
   *
   * @throws IllegalArgumentException when the question is missing or the text names contact data (the task stays
   *     open)
   */
  public long proposeFromConsultation(String caseNumber, String question, String answer, String productModel,
      String user, Instant now) {
    Draft draft = new Draft(trim(question), trim(answer), trim(productModel), Audience.CUSTOMERS);
    List<FieldError> errors = check(draft);
    if (!errors.isEmpty()) {
      FieldError first = errors.get(0);
      throw new IllegalArgumentException(
          ("question".equals(first.field()) ? "faqQuestion" : first.field()) + " " + first.message());
    }
    String origin = "consultation:" + caseNumber;
    Optional<FaqEntry> existing = entries.findByOrigin(origin);
    if (existing.isPresent()) {
      return existing.get().id();
    }
    long id = entries.insertDraft(draft.question(), draft.answer(), draft.productModel(), draft.audience(),
        Source.CONSULTATION, caseNumber, origin, user == null ? "system" : user, now);
    cases.addRecord(caseNumber, new ServiceRecord(PROPOSED, null, null, null,
        "常见问题草稿 #" + id + ": " + draft.question(), user, now));
    return id;
  }

  /**
   * A finding proposed by a staff member (an engineer's, or customer service's from a call), optionally of a case.
   *
   * @throws InvalidRequestException naming each bad field; nothing is written then
   */
  public FaqEntry proposeFinding(Draft draft, String sourceCaseNumber, List<FieldError> parseErrors, String user,
      Instant now) {
    List<FieldError> errors = new ArrayList<>(parseErrors);
    errors.addAll(check(draft));
    String caseNumber = trim(sourceCaseNumber);
    if (caseNumber != null && cases.find(caseNumber).isEmpty()) {
      errors.add(new FieldError("sourceCaseNumber", "is not a case: " + caseNumber));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException("Invalid FAQ entry", errors);
    }
    long id = entries.insertDraft(draft.question(), draft.answer(), draft.productModel(),
        draft.audience() == null ? Audience.STAFF : draft.audience(), Source.FINDING, caseNumber, null, user, now);
    if (caseNumber != null) {
      cases.addRecord(caseNumber, new ServiceRecord(PROPOSED, null, null, null,
          "常见问题草稿 #" + id + ": " + draft.question(), user, now));
    }
    return entries.find(id).orElseThrow();
  }

  /** The outcome of a review. */
  public enum Outcome { REVIEWED, NOT_FOUND, NOT_A_DRAFT }

  public record Review(Outcome outcome, FaqEntry entry) {}

  /**
   * A service manager publishes or rejects a draft, with the text as edited (fields left null keep the draft's).
   *
   * @throws InvalidRequestException naming each bad field; nothing is written then
   */
  public Review review(long id, Status decision, Draft edits, String note, List<FieldError> parseErrors, String user,
      Instant now) {
    Optional<FaqEntry> found = entries.find(id);
    if (found.isEmpty()) {
      return new Review(Outcome.NOT_FOUND, null);
    }
    FaqEntry entry = found.get();
    Draft merged = new Draft(
        edits.question() == null ? entry.question() : trim(edits.question()),
        edits.answer() == null ? entry.answer() : trim(edits.answer()),
        edits.productModel() == null ? entry.productModel() : trim(edits.productModel()),
        edits.audience() == null ? entry.audience() : edits.audience());
    List<FieldError> errors = new ArrayList<>(parseErrors);
    if (decision == Status.DRAFT) {
      errors.add(new FieldError("decision", "must be publish or reject"));
    }
    if (decision == Status.PUBLISHED) {
      errors.addAll(check(merged));
    }
    String reviewNote = trim(note);
    if (reviewNote != null && reviewNote.length() > NOTE_MAX) {
      errors.add(new FieldError("note", "must be at most " + NOTE_MAX + " characters"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException("Invalid FAQ review", errors);
    }
    if (entry.status() != Status.DRAFT) {
      return new Review(Outcome.NOT_A_DRAFT, entry);
    }
    boolean done = entries.review(id, decision, merged.question(), merged.answer(), merged.productModel(),
        merged.audience(), reviewNote, user, now);
    FaqEntry after = entries.find(id).orElseThrow();
    return new Review(done ? Outcome.REVIEWED : Outcome.NOT_A_DRAFT, after);
  }

  public Optional<FaqEntry> find(long id) {
    return entries.find(id);
  }

  /** What staff search: entries of the statuses asked for, for customers and staff alike. */
  public List<FaqEntry> searchForStaff(List<Status> statuses, String query, String productModel) {
    return entries.search(statuses, List.of(Audience.values()), words(query), trim(productModel), LIMIT);
  }

  /** What customers search: published entries for customers only. */
  public List<FaqEntry> searchForCustomers(String query, String productModel) {
    return entries.search(List.of(Status.PUBLISHED), List.of(Audience.CUSTOMERS), words(query), trim(productModel),
        LIMIT);
  }

  static List<String> words(String query) {
    String q = trim(query);
    return q == null ? List.of() : Arrays.stream(q.split("\\s+")).filter(w -> !w.isEmpty()).limit(10).toList();
  }

  static List<FieldError> check(Draft draft) {
    List<FieldError> errors = new ArrayList<>();
    text(errors, "question", draft.question(), QUESTION_MAX, true);
    text(errors, "answer", draft.answer(), ANSWER_MAX, true);
    text(errors, "productModel", draft.productModel(), MODEL_MAX, false);
    return errors;
  }

  private static void text(List<FieldError> errors, String field, String value, int max, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        errors.add(new FieldError(field, "is required"));
      }
      return;
    }
    if (value.length() > max) {
      errors.add(new FieldError(field, "must be at most " + max + " characters"));
    } else if (PHONE.matcher(value).find() || EMAIL.matcher(value).find()) {
      errors.add(new FieldError(field,
          "must not contain a phone number or an e-mail address (an FAQ entry carries no customer data)"));
    } else if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r')) {
      errors.add(new FieldError(field, "must not contain control characters other than line breaks"));
    }
  }

  private static String trim(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
