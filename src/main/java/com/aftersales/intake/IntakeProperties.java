package com.aftersales.intake;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code aftersales.intake.*}.
 *
 * @param flows per request type ({@code repair}, {@code exchange}, {@code complaint}, {@code parts}, {@code consultation}, {@code installation}, {@code maintenance}, {@code emergency}):
 *     {@code process-key} of the flow to start and {@code response-commitment}, the time within which
 *     customer service gets back to the customer (calendar expression such as {@code 24 hours} or
 *     {@code 1 working days}). Unset values fall back to {@link FlowRegistry}'s defaults.
 * @param defaultResponseCommitment commitment for types without their own; {@code 24 hours} (rulebook:
 *     客服人员将在24小时内与客户联系)
 */
@ConfigurationProperties(prefix = "aftersales.intake")
public record IntakeProperties(Map<String, FlowSettings> flows, String defaultResponseCommitment) {

  public IntakeProperties {
    flows = flows == null ? Map.of() : Map.copyOf(flows);
    if (defaultResponseCommitment == null || defaultResponseCommitment.isBlank()) {
      defaultResponseCommitment = "24 hours";
    }
  }

  public record FlowSettings(String processKey, String responseCommitment) {}
}
