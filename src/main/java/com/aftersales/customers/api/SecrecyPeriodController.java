package com.aftersales.customers.api;

import com.aftersales.calendar.WorkingDayCalendar;
import com.aftersales.customers.CustomerAccess;
import com.aftersales.customers.secrecy.SecrecyPeriods;
import com.aftersales.security.StaffAccess;
import com.aftersales.security.StaffUser;
import com.aftersales.web.FieldError;
import com.aftersales.web.InvalidRequestException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The secrecy period of an archive (002 二(一) 7.2.4): {@code PUT /api/customers/{id}/secrecy-period} with
 * {@code {"until": "2028-12-31"}} (the last day the level holds; after today, within 50 years) by the archive's
 * keepers; {@code GET} the same path lists the changes (periods set, declassifications); {@code GET
 * /api/customers/{id}/secrecy} gives the level now and the period with them (the desk's secrecy.html). 400 naming the
 * field.
 */
@RestController
@RequestMapping("/api/customers")
public class SecrecyPeriodController {

  private final SecrecyPeriods periods;
  private final WorkingDayCalendar calendar;

  public SecrecyPeriodController(SecrecyPeriods periods, WorkingDayCalendar calendar) {
    this.periods = periods;
    this.calendar = calendar;
  }

  @PutMapping(path = "/{id}/secrecy-period", consumes = MediaType.APPLICATION_JSON_VALUE)
  public SecrecyPeriods.Change set(@PathVariable String id, @RequestBody(required = false) JsonNode body) {
    StaffUser staff = StaffAccess.require(CustomerAccess.KEEPERS, "Setting a secrecy period");
    long customerId = CustomerController.id(id, "id");
    LocalDate today = LocalDate.ofInstant(calendar.now().toInstant(), calendar.zone());
    JsonNode until = body == null ? null : body.get("until");
    LocalDate day;
    try {
      if (until == null || !until.isTextual()) {
        throw new DateTimeParseException("missing", "", 0);
      }
      day = LocalDate.parse(until.asText());
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException(List.of(new FieldError("until", "is required: a date such as 2028-12-31")));
    }
    if (!day.isAfter(today) || day.isAfter(today.plusYears(50))) {
      throw new InvalidRequestException(List.of(new FieldError("until",
          "must lie after today and within 50 years")));
    }
    return periods.setPeriod(customerId, day, staff.id(), today, calendar.now().toInstant());
  }

  /** {@code GET /api/customers/{id}/secrecy}: the level now, the period's last day (or null) and the changes. */
  @GetMapping("/{id}/secrecy")
  public SecrecyPeriods.Current current(@PathVariable String id) {
    StaffAccess.require(CustomerAccess.KEEPERS, "Reading secrecy periods");
    return periods.current(CustomerController.id(id, "id"));
  }

  @GetMapping("/{id}/secrecy-period")
  public List<SecrecyPeriods.Change> history(@PathVariable String id) {
    StaffAccess.require(CustomerAccess.KEEPERS, "Reading secrecy periods");
    return periods.history(CustomerController.id(id, "id"));
  }
}
