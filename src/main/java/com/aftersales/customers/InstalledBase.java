package com.aftersales.customers;

import com.aftersales.web.FieldError;
import com.aftersales.web.InvalidRequestException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The installed base (issue 17): registering a customer's product with its serial number, purchase and installation
 * date and, where its contract gives one, its own warranty end; and finding a product by serial number with its
 * warranty (000 §1.1.1.3: the period is confirmed by purchase date or serial number). The warranty of a product
 * starts at its installation, else its purchase, and lasts its model's registered term (warranty_term), unless the
 * registration names its own end.
 */
@Service
@Transactional
public class InstalledBase {

  /** What is registered; serialNumber, the dates and channel may be null. */
  public record Registration(String model, String serialNumber, LocalDate purchaseDate, LocalDate installedOn,
      LocalDate warrantyEndsOn, String channel) {}

  /** A registered product with its effective warranty and whether it covers {@code today}. */
  public record ProductWarrantyView(Product product, boolean underWarranty) {}

  private final CustomerRepository repository;
  private final CustomerService customers;

  public InstalledBase(CustomerRepository repository, CustomerService customers) {
    this.repository = repository;
    this.customers = customers;
  }

  public Product register(long customerId, Registration r, LocalDate today) {
    Customer customer = customers.get(customerId);
    List<FieldError> errors = new ArrayList<>();
    text(errors, "model", r.model(), 100, true);
    text(errors, "serialNumber", r.serialNumber(), 64, false);
    text(errors, "channel", r.channel(), 40, false);
    if (r.purchaseDate() != null && r.purchaseDate().isAfter(today)) {
      errors.add(new FieldError("purchaseDate", "must not lie in the future"));
    }
    if (r.installedOn() != null && r.purchaseDate() != null && r.installedOn().isBefore(r.purchaseDate())) {
      errors.add(new FieldError("installedOn", "must not lie before the purchase date"));
    }
    if (r.warrantyEndsOn() != null) {
      LocalDate start = r.installedOn() != null ? r.installedOn() : r.purchaseDate();
      if (start == null) {
        errors.add(new FieldError("warrantyEndsOn", "needs the purchase or installation date it counts from"));
      } else if (r.warrantyEndsOn().isBefore(start)) {
        errors.add(new FieldError("warrantyEndsOn", "must not lie before the warranty's start"));
      }
    }
    if (errors.isEmpty() && r.serialNumber() != null
        && !repository.productsBySerialNumber(r.serialNumber().trim()).isEmpty()) {
      errors.add(new FieldError("serialNumber", "is registered already"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    long id = repository.insertProduct(customer.id(), r.model().trim(),
        r.serialNumber() == null ? null : r.serialNumber().trim(), r.purchaseDate(),
        r.channel() == null ? null : r.channel().trim(), r.installedOn(), r.warrantyEndsOn(), CustomerService.now());
    return customers.withWarrantyEnd(repository.product(id).orElseThrow());
  }

  @Transactional(readOnly = true)
  public Optional<ProductWarrantyView> bySerialNumber(String serialNumber, LocalDate today) {
    return repository.productsBySerialNumber(serialNumber).stream().findFirst()
        .map(customers::withWarrantyEnd)
        .map(p -> new ProductWarrantyView(p, p.warrantyEndsOn() != null && !today.isAfter(p.warrantyEndsOn())));
  }

  private static void text(List<FieldError> errors, String field, String value, int max, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        errors.add(new FieldError(field, "is required"));
      }
      return;
    }
    if (value.trim().length() > max) {
      errors.add(new FieldError(field, "must be at most " + max + " characters"));
    } else if (value.chars().anyMatch(Character::isISOControl)) {
      errors.add(new FieldError(field, "must be a single line without control characters"));
    }
  }
}
