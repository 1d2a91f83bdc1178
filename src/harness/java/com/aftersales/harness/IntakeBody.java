package com.aftersales.harness;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** The intake API's JSON body ({@code POST /api/service-requests}) for one synthetic case. */
public final class IntakeBody {

  private IntakeBody() {}

  public record Customer(String name, String phone, String email, String address) {}

  public record Product(String model, String serialNumber, LocalDate purchaseDate, boolean purchaseProof) {}

  public static Map<String, Object> of(String type, String channel, Customer customer, Product product,
      String description, String externalReference) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("channel", channel);
    body.put("customer", Map.of("name", customer.name(), "phone", customer.phone(), "email", customer.email(),
        "address", customer.address()));
    body.put("product", Map.of("model", product.model(), "serialNumber", product.serialNumber(),
        "purchaseDate", product.purchaseDate().toString(), "purchaseProof", product.purchaseProof()));
    body.put("description", description);
    body.put("externalReference", externalReference);
    return body;
  }

  /** What the customer says, by type of request. */
  public static String description(String type) {
    return switch (type) {
      case "complaint" -> "The engineer came late twice and the unit still rattles";
      case "parts" -> "Headboard cracked in transport; the customer needs a replacement part";
      case "exchange" -> "New unit leaks water from the first day";
      default -> "Door hinge broke; the unit does not close";
    };
  }
}
