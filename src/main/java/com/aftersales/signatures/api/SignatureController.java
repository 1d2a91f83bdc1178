package com.aftersales.signatures.api;

import com.aftersales.calendar.StaffTimes;
import com.aftersales.security.StaffUser;
import com.aftersales.security.StaffUserRequiredException;
import com.aftersales.signatures.CaseSignatures;
import com.aftersales.signatures.SignatureStore;
import com.aftersales.web.FieldError;
import com.aftersales.web.InvalidRequestException;
import com.aftersales.web.NotFoundException;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The customer's signature: {@code POST /api/cases/{caseNumber}/signatures} with {@code {document, image}} (the
 * document the customer signs, service-report or installation-acceptance; the drawn canvas as a PNG data URL) from
 * the signature pad page (desk/signature.html), {@code GET .../signatures/{document}.png} the latest one. For whoever
 * may open the case file; HTTP Basic or the webapps' session with its CSRF token.
 */
@RestController
@RequestMapping("/api/cases/{caseNumber}/signatures")
public class SignatureController {

  private final CaseSignatures signatures;
  private final StaffTimes times;

  public SignatureController(CaseSignatures signatures, StaffTimes times) {
    this.signatures = signatures;
    this.times = times;
  }

  /** A stored signature as answered: its time as people read it, and the address of its image. */
  public record Stored(long id, String caseNumber, String document, String capturedBy, Instant signedAt,
      String signedAtText, String url) {}

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Stored> sign(@PathVariable String caseNumber, @RequestBody JsonNode body) {
    StaffUser user = StaffUser.current().orElseThrow(StaffUserRequiredException::new);
    if (body == null || !body.isObject()) {
      throw new InvalidRequestException("Signature not accepted",
          List.of(new FieldError("", "the request body must be a JSON object")));
    }
    SignatureStore.Signature s = signatures.store(caseNumber, text(body, "document"), text(body, "image"), user);
    String url = "/api/cases/" + caseNumber + "/signatures/" + s.document() + ".png";
    return ResponseEntity.created(URI.create(url)).body(new Stored(s.id(), s.caseNumber(), s.document(),
        s.capturedBy(), s.signedAt(), times.format(s.signedAt()), url));
  }

  @GetMapping("/{document}.png")
  public ResponseEntity<byte[]> image(@PathVariable String caseNumber, @PathVariable String document) {
    StaffUser user = StaffUser.current().orElseThrow(StaffUserRequiredException::new);
    SignatureStore.Signature s = signatures.latest(caseNumber, document, user)
        .orElseThrow(() -> new NotFoundException("Case " + caseNumber + " has no signature for " + document,
            new FieldError("document", "has no signature of case " + caseNumber)));
    return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore())
        .header("X-Content-Type-Options", "nosniff").body(s.png());
  }

  private static String text(JsonNode body, String field) {
    JsonNode v = body.get(field);
    return v == null || !v.isTextual() ? null : v.asText();
  }
}
