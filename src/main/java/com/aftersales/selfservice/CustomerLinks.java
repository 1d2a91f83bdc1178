package com.aftersales.selfservice;

import com.aftersales.mail.MailModelContributor;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The links customers find in their mails: the status page (case number filled in; mail templates use
 * {@code {{statusPageUrl}}}) and the satisfaction page.
 */
@Component
@EnableConfigurationProperties(SelfServiceProperties.class)
public class CustomerLinks implements MailModelContributor {

  public static final String STATUS_PAGE_URL = "statusPageUrl";

  public static final String STATUS_PAGE = "/customer/status.html";
  public static final String SATISFACTION_PAGE = "/customer/satisfaction.html";

  private final SelfServiceProperties properties;

  public CustomerLinks(SelfServiceProperties properties) {
    this.properties = properties;
  }

  @Override
  public void contribute(String caseNumber, Map<String, Object> model) {
    if (caseNumber != null) {
      model.putIfAbsent(STATUS_PAGE_URL, statusPage(caseNumber));
    }
  }

  public String statusPage(String caseNumber) {
    return properties.baseUrl() + STATUS_PAGE + "?case=" + encode(caseNumber);
  }

  public String satisfactionPage(String caseNumber, String token) {
    return properties.baseUrl() + SATISFACTION_PAGE + "?case=" + encode(caseNumber) + "&token=" + encode(token);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
  }
}
