package com.aftersales.faq.api;

import com.aftersales.faq.FaqEntry;
import com.aftersales.faq.FaqService;
import com.aftersales.security.LoginThrottleFilter;
import com.aftersales.selfservice.CustomerPagesController;
import com.aftersales.selfservice.SelfServiceThrottle;
import com.aftersales.web.FieldError;
import com.aftersales.web.InvalidRequestException;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/customer/faq[?q=words][&productModel=]}: the FAQ for customers (003 六1(b)), open without a login
 * like the status page and rate limited the same way per client ({@link SelfServiceThrottle}, 429 with Retry-After).
 * Only published entries for customers, and of each only the question, the answer and the product model: nothing of
 * the case or the people it came from.
 */
@RestController
public class PublicFaqController {

  static final String PATH = CustomerPagesController.PATH + "/faq";
  static final int QUERY_MAX = 200;

  /** What a customer sees of an entry. */
  public record PublicEntry(long id, String question, String answer, String productModel) {}

  private final FaqService faq;
  private final SelfServiceThrottle throttle;

  public PublicFaqController(FaqService faq, SelfServiceThrottle throttle) {
    this.faq = faq;
    this.throttle = throttle;
  }

  @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<?> search(@RequestParam(required = false) String q,
      @RequestParam(required = false) String productModel, HttpServletRequest request) {
    if ((q != null && q.length() > QUERY_MAX) || (productModel != null && productModel.length() > QUERY_MAX)) {
      throw new InvalidRequestException(List.of(new FieldError(q != null && q.length() > QUERY_MAX ? "q"
          : "productModel", "must be at most " + QUERY_MAX + " characters")));
    }
    String client = LoginThrottleFilter.client(request.getRemoteAddr());
    Optional<Duration> wait = throttle.waitBefore(client, "");
    if (wait.isPresent()) {
      return SelfServiceThrottle.tooMany("requests", wait.get());
    }
    throttle.looked(client);
    List<PublicEntry> found = faq.searchForCustomers(q, productModel).stream()
        .map(PublicFaqController::view).toList();
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(found);
  }

  private static PublicEntry view(FaqEntry e) {
    return new PublicEntry(e.id(), e.question(), e.answer(), e.productModel());
  }
}
