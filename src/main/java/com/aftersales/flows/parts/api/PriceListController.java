package com.aftersales.flows.parts.api;

import com.aftersales.flows.parts.PriceList;
import com.aftersales.security.StaffAccess;
import com.aftersales.security.StaffGroups;
import com.aftersales.security.StaffUser;
import com.aftersales.web.FieldError;
import com.aftersales.web.NotFoundException;
import com.aftersales.web.QueryParameters;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The parts price list per product model (004 附表: it comes before the appendix table).
 * {@code GET /api/parts-price-list[?productModel=]} for everyone who works parts;
 * {@code PUT /api/parts-price-list} with {productModel, part, size, unit, unitPrice} and
 * {@code DELETE /api/parts-price-list?productModel=&part=[&size=]} for planning and the marketing managers, who
 * keep the company's prices. Bad input is a problem+json 400 naming the field; nothing is written.
 */
@RestController
@RequestMapping("/api/parts-price-list")
public class PriceListController {

  static final Set<String> KEEPERS = Set.of(StaffGroups.PLANNING, StaffGroups.MARKETING_MANAGERS,
      StaffGroups.CAMUNDA_ADMIN);
  /** A part of the catalogue (the parts form's 价目表项目), not "other", which names no part to price. */
  private static final Pattern PART = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");
  private static final BigDecimal MAX_PRICE = new BigDecimal("1000000");

  /** The body of a PUT. */
  public record PriceInput(String productModel, String part, String size, String unit, BigDecimal unitPrice) {}

  private final PriceList priceList;

  public PriceListController(PriceList priceList) {
    this.priceList = priceList;
  }

  @GetMapping
  public List<PriceList.Entry> list(@RequestParam(required = false) String productModel) {
    StaffAccess.require(PartsRequestController.ALLOWED, "The parts price list");
    return priceList.list(QueryParameters.blankToNull(productModel));
  }

  @PutMapping
  public PriceList.Entry put(@RequestBody PriceInput input) {
    StaffUser user = StaffAccess.require(KEEPERS, "Changing the parts price list");
    List<FieldError> errors = new ArrayList<>();
    String model = text(input.productModel(), "productModel", 100, true, errors);
    String part = part(input.part(), errors);
    String size = text(input.size(), "size", 20, false, errors);
    String unit = text(input.unit(), "unit", 20, true, errors);
    BigDecimal price = input.unitPrice();
    if (price == null) {
      errors.add(new FieldError("unitPrice", "is required (yuan)"));
    } else if (price.signum() < 0 || price.compareTo(MAX_PRICE) >= 0 || price.stripTrailingZeros().scale() > 2) {
      errors.add(new FieldError("unitPrice", "must be yuan from 0 to below 1000000 with at most two decimals"));
    }
    QueryParameters.requireValid("Invalid price", errors);
    return priceList.put(model, part, size == null ? "" : size, unit, price.setScale(2), user.id(),
        ClockUtil.getCurrentTime().toInstant());
  }

  @DeleteMapping
  public ResponseEntity<Void> remove(@RequestParam(required = false) String productModel,
      @RequestParam(required = false) String part, @RequestParam(required = false) String size) {
    StaffAccess.require(KEEPERS, "Changing the parts price list");
    List<FieldError> errors = new ArrayList<>();
    String model = text(productModel, "productModel", 100, true, errors);
    String code = part(part, errors);
    String ownSize = text(size, "size", 20, false, errors);
    QueryParameters.requireValid("Invalid price", errors);
    if (!priceList.remove(model, code, ownSize == null ? "" : ownSize)) {
      throw new NotFoundException("No price of " + code + " for " + model,
          new FieldError("part", "has no price for this model and size"));
    }
    return ResponseEntity.noContent().build();
  }

  private static String part(String value, List<FieldError> errors) {
    String part = text(value, "part", 60, true, errors);
    if (part != null && (!PART.matcher(part).matches() || part.equals("other"))) {
      errors.add(new FieldError("part", "must be a catalogue item such as bed-headboard (not 'other')"));
      return null;
    }
    return part;
  }

  private static String text(String value, String field, int max, boolean required, List<FieldError> errors) {
    String text = QueryParameters.blankToNull(value);
    if (text == null) {
      if (required) {
        errors.add(new FieldError(field, "is required"));
      }
      return null;
    }
    if (text.length() > max) {
      errors.add(new FieldError(field, "must be at most " + max + " characters"));
      return null;
    }
    return text;
  }
}
