package com.aftersales.selfservice;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code aftersales.self-service}: the customer's own pages (case status, satisfaction).
 *
 * @param baseUrl the address customers reach the application at, for the links in their mails (no trailing slash)
 * @param maxFailuresPerCase wrong case number / phone digits from one client for one case within {@code window}
 * @param maxFailuresPerClient wrong answers from one client for any cases (guessing across cases)
 * @param maxFailuresOfCase wrong answers for one case from all clients together (four digits are guessable)
 * @param maxLookupsPerClient lookups from one client, right or wrong
 * @param window how long lookups are counted, and the longest wait
 */
@ConfigurationProperties("aftersales.self-service")
public record SelfServiceProperties(
    String baseUrl,
    Integer maxFailuresPerCase,
    Integer maxFailuresPerClient,
    Integer maxFailuresOfCase,
    Integer maxLookupsPerClient,
    Duration window) {

  public SelfServiceProperties {
    baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.replaceAll("/+$", "");
    maxFailuresPerCase = maxFailuresPerCase == null ? 5 : maxFailuresPerCase;
    maxFailuresPerClient = maxFailuresPerClient == null ? 20 : maxFailuresPerClient;
    maxFailuresOfCase = maxFailuresOfCase == null ? 10 : maxFailuresOfCase;
    maxLookupsPerClient = maxLookupsPerClient == null ? 60 : maxLookupsPerClient;
    window = window == null ? Duration.ofMinutes(15) : window;
  }
}
