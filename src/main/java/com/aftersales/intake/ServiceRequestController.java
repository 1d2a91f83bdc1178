package com.aftersales.intake;

import com.aftersales.security.StaffUserRequiredException;
import com.aftersales.calendar.WorkingDayCalendar;
import com.aftersales.cases.NewCase;
import com.aftersales.security.StaffUser;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.LocalDate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Service requests from every channel. A new request answers 201 with a Location; repeating a request
 * (same {@code externalReference} or {@code Idempotency-Key}) answers 200 with the first case's body
 * and the same Location, and starts nothing. Unknown JSON properties are ignored; invalid input is
 * answered 400 naming every bad field (see {@link ServiceRequestValidator}).
 */
@RestController
@RequestMapping("/api/service-requests")
public class ServiceRequestController {

  private final ServiceRequestValidator validator;
  private final IntakeService intake;
  private final WorkingDayCalendar calendar;

  public ServiceRequestController(
      ServiceRequestValidator validator, IntakeService intake, WorkingDayCalendar calendar) {
    this.validator = validator;
    this.intake = intake;
    this.calendar = calendar;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<IntakeResponse> submit(
      @RequestBody JsonNode body,
      @RequestHeader(name = ServiceRequestValidator.IDEMPOTENCY_KEY_HEADER, required = false)
          String idempotencyKey) {
    StaffUser staff = staff();
    NewCase request = validator.validate(body, idempotencyKey, today());
    IntakeResult result = intake.submit(request, staff.id());
    URI location =
        ServletUriComponentsBuilder.fromCurrentContextPath()
            .path("/api/service-requests/{caseNumber}")
            .buildAndExpand(result.serviceCase().caseNumber())
            .toUri();
    IntakeResponse response = IntakeResponse.of(result);
    return result.created()
        ? ResponseEntity.created(location).body(response)
        : ResponseEntity.ok().location(location).body(response);
  }

  @GetMapping("/{caseNumber}")
  public CaseView get(@PathVariable String caseNumber) {
    staff();
    return intake.view(caseNumber);
  }

  /** The security filter puts the staff user into the request; without one the API stays closed. */
  private static StaffUser staff() {
    return StaffUser.current().orElseThrow(StaffUserRequiredException::new);
  }

  /** Purchase dates are checked against the engine clock's day, like every date of the case. */
  private LocalDate today() {
    return LocalDate.ofInstant(calendar.now().toInstant(), calendar.zone());
  }
}
