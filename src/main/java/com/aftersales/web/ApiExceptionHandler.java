package com.aftersales.web;

import com.aftersales.intake.FlowNotDeployedException;

import com.aftersales.security.StaffAccessDeniedException;
import com.aftersales.security.StaffUserRequiredException;
import com.aftersales.cases.CaseNotFoundException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the application's MVC endpoints as {@code application/problem+json}: Spring's own
 * (404 unknown path, 405, 415, ...) through {@link ResponseEntityExceptionHandler}, plus the API's.
 * Validation problems carry an {@code errors} array of {@code {field, message}}.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
  private static final String ERRORS = "errors";

  @ExceptionHandler(InvalidRequestException.class)
  ResponseEntity<ProblemDetail> invalid(InvalidRequestException e) {
    return answer(HttpStatus.BAD_REQUEST, e.title(), describe(e.errors()), e.errors());
  }

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
    return answer(HttpStatus.NOT_FOUND, "Not found", e.getMessage(), e.errors());
  }

  @ExceptionHandler(FlowNotDeployedException.class)
  ResponseEntity<ProblemDetail> flowNotDeployed(FlowNotDeployedException e) {
    return answer(HttpStatus.UNPROCESSABLE_ENTITY, "Request type not available yet", e.getMessage(),
        List.of(new FieldError("type", e.getMessage())));
  }

  @ExceptionHandler(CaseNotFoundException.class)
  ResponseEntity<ProblemDetail> notFound(CaseNotFoundException e) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.NOT_FOUND);
    problem.setTitle("Case not found");
    problem.setDetail("There is no service case " + e.caseNumber());
    return answer(problem);
  }

  @ExceptionHandler(StaffUserRequiredException.class)
  ResponseEntity<ProblemDetail> unauthenticated(StaffUserRequiredException e) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.UNAUTHORIZED);
    problem.setTitle("Authentication required");
    problem.setDetail(e.getMessage());
    return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
        .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"after-sales\"")
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  @ExceptionHandler(StaffAccessDeniedException.class)
  ResponseEntity<ProblemDetail> forbidden(StaffAccessDeniedException e) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.FORBIDDEN);
    problem.setTitle("Not allowed");
    problem.setDetail(e.getMessage());
    return answer(problem);
  }

  /** Technical failures: logged in full, answered without internals. */
  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e) {
    log.error("Unexpected error in the API", e);
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.INTERNAL_SERVER_ERROR);
    problem.setTitle("Internal error");
    problem.setDetail("The request could not be completed; nothing was changed. Try again later.");
    return answer(problem);
  }

  /**
   * Problems set their content type themselves: a client that asked for CSV (an export's {@code produces}) still
   * gets a readable problem+json, not a 406.
   */
  private static ResponseEntity<ProblemDetail> answer(HttpStatus status, String title, String detail,
      List<FieldError> errors) {
    ProblemDetail problem = ProblemDetail.forStatus(status);
    problem.setTitle(title);
    problem.setDetail(detail);
    problem.setProperty(ERRORS, errors);
    return answer(problem);
  }

  private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  /** Malformed JSON, or no body: the whole body is the bad field. */
  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String message = "must be well-formed JSON";
    if (e.getMessage() != null && e.getMessage().startsWith("Required request body is missing")) {
      message = "is required";
    }
    List<FieldError> errors = List.of(new FieldError("", "the request body " + message));
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
    problem.setTitle("Invalid service request");
    problem.setDetail(describe(errors));
    problem.setProperty(ERRORS, errors);
    return handleExceptionInternal(e, problem, headers, status, request);
  }

  private static String describe(List<FieldError> errors) {
    StringBuilder detail = new StringBuilder();
    for (FieldError error : errors) {
      if (!detail.isEmpty()) {
        detail.append("; ");
      }
      detail.append(error.field().isEmpty() ? "" : error.field() + " ").append(error.message());
    }
    return detail.toString();
  }
}
