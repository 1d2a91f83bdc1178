package com.aftersales.customers;

import com.aftersales.cases.NewCase;
import com.aftersales.web.FieldError;
import com.aftersales.web.InvalidRequestException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the customer and the product of a new case, or opens them (issue 17: intake finds the customer or creates
 * one). In this order: the archive id the caller gives; the phone number (its digits); the e-mail address; the
 * organisation the caller speaks for (by its exact name); else a new archive, an organisation's with the caller as
 * contact, or a person's. The product is the customer's product with the case's serial number, or, without a serial
 * number, the customer's product of the same model that has none; else it is registered. Joins intake's transaction,
 * so a refused intake leaves no customer behind.
 */
@Component
@Transactional
@org.springframework.boot.context.properties.EnableConfigurationProperties(ArchiveProperties.class)
public class CustomerIntake {

  static final String OPENED_AT_INTAKE = "opened at intake";

  private final CustomerRepository repository;
  private final CustomerService customers;
  private final ArchiveProperties properties;

  public CustomerIntake(CustomerRepository repository, CustomerService customers, ArchiveProperties properties) {
    this.repository = repository;
    this.customers = customers;
    this.properties = properties;
  }

  /**
   * Flags the new case as a repeat repair when it is a repair of a product that had another repair case opened
   * within {@code aftersales.archive.repeat-repair-days} before (000 售后服务标准及要求 4; the window is the project's
   * choice): the earlier case's number goes to service_case.repeat_of, shown on the customer card and in the 360
   * view and counted in the monthly customer information report.
   *
   * @return the earlier case, when this one repeats it
   */
  public Optional<String> flagRepeatRepair(String caseNumber, String caseType, long productId, java.time.Instant openedAt) {
    if (!properties.repeatRepairTypes().contains(caseType)) {
      return Optional.empty();
    }
    Optional<String> earlier = repository.earlierRepair(productId, caseNumber, properties.repeatRepairTypes(),
        openedAt.minus(java.time.Duration.ofDays(properties.repeatRepairDays())));
    earlier.ifPresent(e -> repository.markRepeatRepair(caseNumber, e));
    return earlier;
  }

  /**
   * The customer and product a case belongs to; {@code customerName} is what the case calls the customer, and
   * {@code request} the request with the archive's contact data where the caller gave none (a caller naming only
   * the id), so the case record and the checks on it (a repeated complaint by phone) see the customer's.
   */
  public record Match(long customerId, long productId, String customerName, boolean newCustomer, NewCase request) {}

  public Match resolve(NewCase request, String staffUserId, LocalDate today) {
    Optional<Customer> known = find(request);
    if (known.isPresent()
        && (request.customerPhone() != null || request.customerEmail() != null || request.customerAddress() != null)) {
      repository.takeContactsFromIntake(known.get().id(), request.customerPhone(), request.customerEmail(),
          request.customerAddress(), CustomerService.now());
      known = Optional.of(customers.get(known.get().id()));
    }
    Customer customer = known.orElseGet(() -> customers.create(newCustomer(request, today), staffUserId,
        OPENED_AT_INTAKE));
    long productId = product(customer.id(), request);
    String name = request.customerName() != null ? request.customerName()
        : customer.contactName() != null ? customer.contactName() : customer.name();
    NewCase completed = new NewCase(request.type(), request.channel(), name,
        request.customerPhone() != null ? request.customerPhone() : customer.phone(),
        request.customerEmail() != null ? request.customerEmail() : customer.email(),
        request.customerAddress() != null ? request.customerAddress() : customer.address(),
        request.productModel(), request.serialNumber(), request.purchaseDate(), request.purchaseProof(),
        request.description(), request.externalReference(), request.language(), customer.id(), request.organisation());
    return new Match(customer.id(), productId, name, known.isEmpty(), completed);
  }

  private Optional<Customer> find(NewCase request) {
    if (request.customerId() != null) {
      Optional<Customer> byId = repository.find(request.customerId());
      if (byId.isEmpty()) {
        throw new InvalidRequestException(List.of(new FieldError("customer.id",
            "there is no customer " + request.customerId() + " in the archive")));
      }
      return Optional.of(customers.get(request.customerId()));
    }
    return first(repository.findByPhone(request.customerPhone()))
        .or(() -> first(repository.findByEmail(request.customerEmail())))
        .or(() -> request.organisation() == null ? Optional.empty()
            : first(repository.findOrganisation(request.organisation())));
  }

  private static NewCustomer newCustomer(NewCase request, LocalDate today) {
    boolean organisation = request.organisation() != null;
    return NewCustomer.atIntake(organisation ? CustomerKind.ORGANISATION : CustomerKind.PERSON,
        organisation ? request.organisation() : request.customerName(), request.customerName(),
        request.customerPhone(), request.customerEmail(), request.customerAddress(), today);
  }

  /**
   * The customer's product with the serial number, else the installed base's product with it (registered by sale or
   * installation, 000 §1.1.1.3: the warranty is confirmed by the serial number), else the customer's product of the
   * model without one; else a new registration. A registered product without a purchase date takes the case's.
   */
  private long product(long customerId, NewCase request) {
    Optional<Product> registered = repository.products(customerId).stream()
        .filter(p -> request.serialNumber() != null
            ? request.serialNumber().equals(p.serialNumber())
            : p.serialNumber() == null && p.model().equals(request.productModel()))
        .findFirst();
    if (registered.isEmpty() && request.serialNumber() != null) {
      registered = first(repository.productsBySerialNumber(request.serialNumber()));
    }
    if (registered.isPresent() && registered.get().purchaseDate() == null && request.purchaseDate() != null) {
      repository.fillPurchaseDate(registered.get().id(), request.purchaseDate());
    }
    return registered.map(Product::id).orElseGet(() -> repository.insertProduct(customerId, request.productModel(),
        request.serialNumber(), request.purchaseDate(), null, CustomerService.now()));
  }

  private static <T> Optional<T> first(List<T> list) {
    return list.stream().findFirst();
  }
}
