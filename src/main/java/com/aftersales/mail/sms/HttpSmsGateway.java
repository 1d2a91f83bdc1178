package com.aftersales.mail.sms;

import com.aftersales.mail.MailDeliveryFailedException;
import com.aftersales.mail.OutboxChannel;
import com.aftersales.mail.OutboxEntry;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The SMS channel of the outbox: posts each SMS to the configured gateway ({@link SmsProperties#gatewayUrl()}) as
 * {@code {"to": phone, "text": body, "reference": dedupKey}} with the dedup key also as {@code Idempotency-Key}, so
 * a gateway that saw the SMS already (an answer lost on the way back) can drop the repeat. A 2xx answer is delivered;
 * anything else, or no answer, is a failed delivery the outbox keeps for the next attempt.
 */
@Component
public class HttpSmsGateway implements OutboxChannel {

  public static final String CHANNEL = "sms";
  /** A mobile or fixed number: digits, optionally a leading +, grouped by spaces or hyphens; 6 to 15 digits. */
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 \\-]{4,20}[0-9]");

  private final SmsProperties properties;
  private final ObjectMapper json;
  private final HttpClient client;

  public HttpSmsGateway(SmsProperties properties, ObjectMapper json) {
    this.properties = properties;
    this.json = json;
    this.client = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
  }

  @Override
  public String name() {
    return CHANNEL;
  }

  @Override
  public boolean configured() {
    return properties.gatewayUrl() != null && !properties.gatewayUrl().toString().isBlank();
  }

  @Override
  public boolean validRecipient(String recipient) {
    if (recipient == null || !PHONE.matcher(recipient).matches()) {
      return false;
    }
    long digits = recipient.chars().filter(Character::isDigit).count();
    return digits >= 6 && digits <= 15;
  }

  @Override
  public void deliver(OutboxEntry entry) {
    HttpRequest.Builder request = HttpRequest.newBuilder(properties.gatewayUrl())
        .timeout(properties.timeout())
        .header("Content-Type", "application/json; charset=utf-8")
        .header("Idempotency-Key", entry.dedupKey())
        .POST(HttpRequest.BodyPublishers.ofString(body(entry)));
    if (properties.token() != null && !properties.token().isBlank()) {
      request.header("Authorization", "Bearer " + properties.token());
    }
    HttpResponse<String> answer;
    try {
      answer = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new MailDeliveryFailedException("SMS gateway not reached: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MailDeliveryFailedException("Interrupted while posting to the SMS gateway", e);
    }
    if (answer.statusCode() / 100 != 2) {
      String text = answer.body() == null ? "" : answer.body();
      throw new MailDeliveryFailedException("SMS gateway answered " + answer.statusCode() + ": "
          + text.substring(0, Math.min(200, text.length())));
    }
  }

  private String body(OutboxEntry entry) {
    try {
      return json.writeValueAsString(Map.of("to", entry.recipient(), "text", entry.body(),
          "reference", entry.dedupKey()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
