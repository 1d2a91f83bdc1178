package com.aftersales.selfservice;

import com.aftersales.security.LoginThrottle;
import com.aftersales.security.LoginThrottleProperties;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Rate limits of the customer's pages, on the sign-in throttle's counting ({@link LoginThrottle}: in memory per
 * node, every entry ends with its window). A case number plus four phone digits is a weak secret, so wrong answers
 * are counted per client and case, per client, and per case from all clients; every lookup, right or wrong, counts
 * per client as well.
 */
@Component
public class SelfServiceThrottle {

  private static final String ANY = "";

  private final LoginThrottle failuresByClient;
  private final LoginThrottle failuresByCase;
  private final LoginThrottle lookups;

  public SelfServiceThrottle(SelfServiceProperties properties) {
    int unlimited = Integer.MAX_VALUE;
    this.failuresByClient = new LoginThrottle(new LoginThrottleProperties(
        properties.maxFailuresPerCase(), properties.maxFailuresPerClient(), properties.window()));
    this.failuresByCase = new LoginThrottle(new LoginThrottleProperties(
        unlimited, properties.maxFailuresOfCase(), properties.window()));
    this.lookups = new LoginThrottle(new LoginThrottleProperties(
        unlimited, properties.maxLookupsPerClient(), properties.window()));
  }

  /** How long the client has to wait before its lookup of the case is answered; empty when it need not. */
  public Optional<Duration> waitBefore(String client, String caseNumber) {
    return Stream.of(
            failuresByClient.waitBeforeCheck(client, caseNumber),
            failuresByCase.waitBeforeCheck(caseNumber, ANY),
            lookups.waitBeforeCheck(client, ANY))
        .flatMap(Optional::stream)
        .max(Duration::compareTo);
  }

  public void looked(String client) {
    lookups.failed(client, ANY);
  }

  public void failed(String client, String caseNumber) {
    failuresByClient.failed(client, caseNumber);
    failuresByCase.failed(caseNumber, ANY);
  }

  /**
   * The 429 answer to a client that has to wait: "Too many {@code what}", the whole seconds to wait (at least one)
   * in {@code Retry-After} and as {@code retryAfterSeconds}.
   */
  public static ResponseEntity<ProblemDetail> tooMany(String what, Duration wait) {
    long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
        "Too many " + what + "; try again in " + seconds + " seconds.");
    problem.setTitle("Too many " + what);
    problem.setProperty("retryAfterSeconds", seconds);
    return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
        .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
