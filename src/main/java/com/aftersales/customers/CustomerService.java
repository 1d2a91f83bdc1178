package com.aftersales.customers;

import com.aftersales.privacy.ContactDataPolicy;
import com.aftersales.security.StaffAccessDeniedException;
import com.aftersales.security.StaffUser;
import com.aftersales.web.FieldError;
import com.aftersales.web.InvalidRequestException;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer archive: keeping customers, finding them, opening an archive (360 view) with its 借阅卡 entry, and
 * merging duplicates. Access rules: {@link CustomerAccess}; every method joins the caller's transaction, so an
 * archive opened is logged or not shown at all.
 */
@Service
@Transactional
public class CustomerService {

  /** A reason to open an archive must say something: at least this many characters. */
  public static final int REASON_MIN = 5;

  public static final int REASON_MAX = 1000;

  static final String VIEW_ARCHIVE = "ARCHIVE";

  private final CustomerRepository repository;
  private final JdbcWarrantyTerms terms;

  public CustomerService(CustomerRepository repository, JdbcWarrantyTerms terms) {
    this.repository = repository;
    this.terms = terms;
  }

  /** Opens an archive with its first credit history line. */
  public Customer create(NewCustomer c, String createdBy, String reason) {
    Instant now = now();
    long id = repository.insert(c, now);
    repository.insertCredit(
        id, new CreditEntry(c.creditGrade(), c.creditLimit(), c.nextCreditReview(), reason, createdBy, now));
    return repository.find(id).orElseThrow();
  }

  /** The customer, following a merge to the survivor. */
  @Transactional(readOnly = true)
  public Customer get(long id) {
    Customer customer = repository.find(id).orElseThrow(() -> new CustomerNotFoundException(id));
    if (customer.mergedInto() != null) {
      return repository.find(customer.mergedInto()).orElseThrow(() -> new CustomerNotFoundException(id));
    }
    return customer;
  }

  @Transactional(readOnly = true)
  public List<CustomerSummary> search(String phone, String name, String serialNumber, String caseNumber) {
    return repository.search(phone, name, serialNumber, caseNumber).stream()
        .map(c -> new CustomerSummary(
            c.id(), c.kind(), c.name(), c.contactName(), ContactDataPolicy.visible(c.phone()),
            ContactDataPolicy.visible(c.email()), c.region(), c.classification()))
        .toList();
  }

  /**
   * The whole archive for {@code viewer}, who must be allowed by the customer's secrecy level and say why; the
   * opening is written to the access log in the same transaction.
   */
  public CustomerView open(long id, String reason, StaffUser viewer) {
    String why = reason == null ? null : reason.trim();
    if (why == null || why.length() < REASON_MIN || why.length() > REASON_MAX
        || why.chars().anyMatch(Character::isISOControl)) {
      throw new InvalidRequestException(List.of(new FieldError("reason",
          "say why the archive is opened (" + REASON_MIN + " to " + REASON_MAX + " characters, one line);"
              + " it is written to the access log")));
    }
    Customer customer = get(id);
    SecrecyLevel level = customer.secrecyLevel();
    if (level.readers().stream().noneMatch(viewer::memberOf)) {
      throw new StaffAccessDeniedException(
          "The archive of customer " + customer.id() + " (" + level.label() + ") is for "
              + String.join(", ", level.readers().stream().sorted().toList()) + "; " + viewer.id()
              + " belongs to none of these groups.");
    }
    repository.logAccess(new AccessLogEntry(
        customer.id(), viewer.id(), String.join(",", viewer.groups()), VIEW_ARCHIVE, why, now()));
    return new CustomerView(
        customer,
        repository.products(customer.id()).stream().map(this::withWarrantyEnd).toList(),
        repository.cases(customer.id()),
        repository.complaints(customer.id()),
        repository.creditHistory(customer.id()),
        repository.verifications(customer.id()));
  }

  /** The product with its effective warranty end (installation or purchase plus its model's term, or its own). */
  public Product withWarrantyEnd(Product product) {
    java.time.LocalDate start = product.installedOn() != null ? product.installedOn() : product.purchaseDate();
    return product.withWarrantyEndsOn(terms.warranty(product.id(), product.model(), product.serialNumber(), start,
        product.warrantyEndsOn()).map(com.aftersales.cases.ProductWarranty::endsOn).orElse(null));
  }

  @Transactional(readOnly = true)
  public List<AccessLogEntry> accessLog(Long customerId, int limit) {
    return repository.accessLog(customerId, limit);
  }

  /**
   * Merges {@code duplicateId} into {@code survivorId}: the survivor keeps its own data, takes what it lacks from the
   * duplicate, and takes over its products, cases, credit history and visit plans. Merging a customer into itself, or into or
   * from a merged one, is refused naming the field.
   */
  public Customer merge(long survivorId, long duplicateId) {
    if (survivorId == duplicateId) {
      throw new InvalidRequestException(List.of(new FieldError("duplicateId", "must be another customer")));
    }
    Customer survivor = repository.find(survivorId).orElseThrow(() -> new CustomerNotFoundException(survivorId));
    Customer duplicate = repository.find(duplicateId).orElseThrow(() -> new CustomerNotFoundException(duplicateId));
    if (survivor.mergedInto() != null) {
      throw new InvalidRequestException(List.of(new FieldError("id",
          "customer " + survivorId + " was merged into " + survivor.mergedInto() + "; merge into that one")));
    }
    if (duplicate.mergedInto() != null) {
      throw new InvalidRequestException(List.of(new FieldError("duplicateId",
          "customer " + duplicateId + " was already merged into " + duplicate.mergedInto())));
    }
    Instant now = now();
    repository.fillGaps(survivorId, duplicate, now);
    repository.merge(survivorId, duplicateId, now);
    return repository.find(survivorId).orElseThrow();
  }

  static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
