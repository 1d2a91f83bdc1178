package com.aftersales.customers;

import com.aftersales.web.FieldError;
import com.aftersales.web.InvalidRequestException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes in an existing customer list (CSV with a header row naming {@link CustomerValidator#FIELDS}, UTF-8, comma
 * separated, RFC 4180 quoting). Every row is checked as a customer created by hand would be, and against the archive
 * and the rows above it for a phone number or e-mail address that is already someone's; rejected rows are reported
 * with their line and fields, the others are taken in together, in one transaction. A dry run checks and reports and
 * writes nothing.
 */
@Component
public class CustomerImport {

  static final String IMPORT_REASON = "imported from a customer list";

  private final CustomerValidator validator;
  private final CustomerRepository repository;
  private final CustomerService customers;

  public CustomerImport(CustomerValidator validator, CustomerRepository repository, CustomerService customers) {
    this.validator = validator;
    this.repository = repository;
    this.customers = customers;
  }

  /** A row taken in (or, in a dry run, that would be) and the archive it became. */
  public record Accepted(long line, String name, Long customerId) {}

  public record Rejected(long line, List<FieldError> errors) {}

  public record Report(boolean dryRun, int rows, List<Accepted> accepted, List<Rejected> rejected) {}

  @Transactional
  public Report run(String csv, boolean dryRun, String staffUserId, LocalDate today) {
    List<Accepted> accepted = new ArrayList<>();
    List<Rejected> rejected = new ArrayList<>();
    Map<String, Long> phonesInFile = new HashMap<>();
    Map<String, Long> emailsInFile = new HashMap<>();
    int rows = 0;
    try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
        .setIgnoreEmptyLines(true).setTrim(true).get().parse(new StringReader(stripBom(csv)))) {
      checkHeader(parser.getHeaderNames());
      for (CSVRecord record : parser) {
        rows++;
        long line = parser.getCurrentLineNumber();
        if (!record.isConsistent()) {
          rejected.add(new Rejected(line, List.of(new FieldError("",
              "has " + record.size() + " cells; the header names " + parser.getHeaderNames().size()))));
          continue;
        }
        CustomerValidator.Result result =
            validator.validate(field -> record.isMapped(field) ? record.get(field) : null, today);
        if (!result.valid()) {
          rejected.add(new Rejected(line, result.errors()));
          continue;
        }
        NewCustomer c = result.customer();
        Optional<FieldError> duplicate = duplicate(c, phonesInFile, emailsInFile);
        if (duplicate.isPresent()) {
          rejected.add(new Rejected(line, List.of(duplicate.get())));
          continue;
        }
        Optional.ofNullable(ContactFormats.phoneDigits(c.phone())).ifPresent(p -> phonesInFile.put(p, line));
        Optional.ofNullable(ContactFormats.emailKey(c.email())).ifPresent(e -> emailsInFile.put(e, line));
        Long id = dryRun ? null : customers.create(c, staffUserId, IMPORT_REASON).id();
        accepted.add(new Accepted(line, c.name(), id));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalArgumentException | IllegalStateException unreadable) {
      // Commons CSV: a duplicate or empty header name, an unclosed quote.
      throw new InvalidRequestException(List.of(new FieldError("", "is not a readable CSV list: "
          + unreadable.getMessage())));
    }
    return new Report(dryRun, rows, accepted, rejected);
  }

  private static void checkHeader(List<String> header) {
    List<FieldError> errors = new ArrayList<>();
    for (String name : header) {
      if (!CustomerValidator.FIELDS.contains(name)) {
        errors.add(new FieldError("header", "unknown column " + name + "; columns are "
            + String.join(", ", CustomerValidator.FIELDS)));
      }
    }
    for (String required : List.of("kind", "name")) {
      if (!header.contains(required)) {
        errors.add(new FieldError("header", "column " + required + " is required"));
      }
    }
    if (!header.contains("phone") && !header.contains("email")) {
      errors.add(new FieldError("header", "a column phone or email is required"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
  }

  private Optional<FieldError> duplicate(NewCustomer c, Map<String, Long> phones, Map<String, Long> emails) {
    String phone = ContactFormats.phoneDigits(c.phone());
    String email = ContactFormats.emailKey(c.email());
    if (phone != null && phones.containsKey(phone)) {
      return Optional.of(new FieldError("phone", "is the phone number of line " + phones.get(phone) + " above"));
    }
    if (email != null && emails.containsKey(email)) {
      return Optional.of(new FieldError("email", "is the e-mail address of line " + emails.get(email) + " above"));
    }
    Optional<Customer> byPhone = phone == null ? Optional.empty() : repository.findByPhone(phone).stream().findFirst();
    if (byPhone.isPresent()) {
      return Optional.of(new FieldError("phone", "belongs to customer " + byPhone.get().id() + " already"));
    }
    Optional<Customer> byEmail = email == null ? Optional.empty() : repository.findByEmail(email).stream().findFirst();
    return byEmail.map(existing -> new FieldError("email", "belongs to customer " + existing.id() + " already"));
  }

  private static String stripBom(String csv) {
    return csv != null && csv.startsWith("\uFEFF") ? csv.substring(1) : (csv == null ? "" : csv);
  }
}
