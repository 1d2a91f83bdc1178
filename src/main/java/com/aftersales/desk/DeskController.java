package com.aftersales.desk;

import com.aftersales.customers.CustomerAccess;
import com.aftersales.mail.MailDeliveryFailedException;
import com.aftersales.mail.OutboxEntry;
import com.aftersales.security.StaffAccess;
import com.aftersales.security.StaffUser;
import com.aftersales.security.StaffUserRequiredException;
import com.aftersales.web.FieldError;
import com.aftersales.web.InvalidRequestException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The desk's own API (the pages under /desk/ call it with the webapps' session; registering a
 * request goes to POST /api/service-requests itself): the case search, the case file, and the outbox.
 */
@RestController
@RequestMapping("/api/desk")
public class DeskController {

  static final List<String> MAIL_STATUSES = List.of(OutboxEntry.PENDING, OutboxEntry.SENDING, OutboxEntry.SENT,
      OutboxEntry.KEPT, OutboxEntry.NO_ADDRESS);

  private final CaseFileService caseFiles;
  private final OutboxView outbox;

  public DeskController(CaseFileService caseFiles, OutboxView outbox) {
    this.caseFiles = caseFiles;
    this.outbox = outbox;
  }

  /**
   * Who is signed in, and the webapps' CSRF token of their session for the desk pages' changing requests (the pages
   * live outside /camunda, so they cannot read the webapps' token cookie). Only the session's own user gets it, and
   * only same-origin pages can read the answer.
   */
  @GetMapping("/me")
  public Me me(HttpServletRequest request) {
    StaffUser user = StaffUser.current().orElseThrow(StaffUserRequiredException::new);
    HttpSession session = request.getSession(false);
    Object token = session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    return new Me(user.id(), user.groups(), token instanceof String t ? t : null,
        DeskAccess.EVERY_CASE.stream().anyMatch(user::memberOf), DeskAccess.OUTBOX.stream().anyMatch(user::memberOf),
        CustomerAccess.KEEPERS.stream().anyMatch(user::memberOf),
        CustomerAccess.REPORT_READERS.stream().anyMatch(user::memberOf));
  }

  /**
   * The signed-in staff member and what the desk offers them: {@code keepsArchive} (erasure requests, secrecy
   * periods: {@link CustomerAccess#KEEPERS}), {@code readsArchiveRecords} (destruction records:
   * {@link CustomerAccess#REPORT_READERS}).
   */
  public record Me(String userId, List<String> groups, String csrfToken, boolean searchesCases, boolean readsOutbox,
      boolean keepsArchive, boolean readsArchiveRecords) {}

  @GetMapping("/cases")
  public List<CaseFile.Summary> search(@RequestParam(name = "q", required = false) String q) {
    StaffUser user = StaffAccess.require(DeskAccess.EVERY_CASE, "Searching cases");
    if (q == null || q.trim().length() < 2 || q.trim().length() > 100) {
      throw new InvalidRequestException(List.of(new FieldError("q",
          "give 2 to 100 characters: a case number, phone number, serial number or part of the customer's name")));
    }
    return caseFiles.search(q, user);
  }

  @GetMapping("/cases/{caseNumber}")
  public CaseFile caseFile(@PathVariable String caseNumber) {
    StaffUser user = StaffUser.current().orElseThrow(StaffUserRequiredException::new);
    return caseFiles.open(caseNumber, user);
  }

  @GetMapping("/outbox")
  public List<OutboxView.Row> outbox(
      @RequestParam(name = "status", required = false) String status,
      @RequestParam(name = "caseNumber", required = false) String caseNumber,
      @RequestParam(name = "limit", required = false, defaultValue = "100") String limit) {
    StaffAccess.require(DeskAccess.OUTBOX, "The outbox");
    String wanted = status == null || status.isBlank() ? null : status.trim().toUpperCase(java.util.Locale.ROOT);
    List<FieldError> errors = new java.util.ArrayList<>();
    if (wanted != null && !MAIL_STATUSES.contains(wanted)) {
      errors.add(new FieldError("status", "must be one of " + String.join(", ", MAIL_STATUSES)));
    }
    Integer max = limit.matches("[0-9]{1,3}") ? Integer.valueOf(limit) : null;
    if (max == null || max < 1 || max > 500) {
      errors.add(new FieldError("limit", "must be a number from 1 to 500"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    return outbox.latest(wanted, caseNumber == null || caseNumber.isBlank() ? null : caseNumber.trim(), max);
  }

  @PostMapping("/outbox/{id}/retry")
  public OutboxView.Retried retry(@PathVariable String id) {
    StaffAccess.require(DeskAccess.OUTBOX, "Retrying a mail");
    if (!id.matches("[0-9]{1,18}")) {
      throw new InvalidRequestException(List.of(new FieldError("id", "must be the number of a mail in the outbox")));
    }
    try {
      return outbox.retry(Long.parseLong(id));
    } catch (IllegalArgumentException unknown) {
      throw problem(HttpStatus.NOT_FOUND, "Unknown mail", unknown.getMessage());
    } catch (IllegalStateException notOwed) {
      throw problem(HttpStatus.CONFLICT, "Nothing to retry", notOwed.getMessage());
    }
  }

  /** The SMTP server refused the retry too: the mail stays owed, with the server's answer as its last error. */
  @ExceptionHandler(MailDeliveryFailedException.class)
  ResponseEntity<ProblemDetail> mailServerRefused(MailDeliveryFailedException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY,
        e.getMessage() + (e.getCause() == null ? "" : ": " + e.getCause().getMessage()));
    problem.setTitle("The mail server refused the mail");
    return ResponseEntity.status(HttpStatus.BAD_GATEWAY).body(problem);
  }

  private static ErrorResponseException problem(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return new ErrorResponseException(status, problem, null);
  }
}
