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
public class CustomerIntake {

  static final String OPENED_AT_INTAKE = "opened at intake";

  private final CustomerRepository repository;
  private final CustomerService customers;

  public CustomerIntake(CustomerRepository repository, CustomerService customers) {
    this.repository = repository;
    this.customers = customers;
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

  private long product(long customerId, NewCase request) {
    Optional<Product> registered = repository.products(customerId).stream()
        .filter(p -> request.serialNumber() != null
            ? request.serialNumber().equals(p.serialNumber())
            : p.serialNumber() == null && p.model().equals(request.productModel()))
        .findFirst();
    return registered.map(Product::id).orElseGet(() -> repository.insertProduct(customerId, request.productModel(),
        request.serialNumber(), request.purchaseDate(), null, CustomerService.now()));
  }

  private static <T> Optional<T> first(List<T> list) {
    return list.stream().findFirst();
  }
}
