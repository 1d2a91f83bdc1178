package com.aftersales.campaigns.api;

import com.aftersales.campaigns.CampaignService;
import com.aftersales.campaigns.CampaignService.Booked;
import com.aftersales.campaigns.CampaignService.Booking;
import com.aftersales.campaigns.CampaignService.NewCampaign;
import com.aftersales.campaigns.CampaignService.SendResult;
import com.aftersales.calendar.WorkingDayCalendar;
import com.aftersales.campaigns.ServiceCampaign;
import com.aftersales.customers.CustomerNotFoundException;
import com.aftersales.customers.CustomerService;
import com.aftersales.security.StaffAccess;
import com.aftersales.security.StaffGroups;
import com.aftersales.security.StaffUser;
import com.aftersales.web.FieldError;
import com.aftersales.web.InvalidRequestException;
import com.aftersales.web.NotFoundException;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Free-service month campaigns (000 第四篇 四(三)1), for service managers:
 * <ul>
 *   <li>{@code POST /api/service-campaigns} {@code {"month": "2027-03", "productLine": "furniture|instrument|copier",
 *       "region": "华东", "text": "..."}} (productLine and region optional; at least one customer must be selected)
 *       plans the campaign with the customers of the archive it selects: 201 with the campaign;</li>
 *   <li>{@code GET /api/service-campaigns} lists them, newest first;</li>
 *   <li>{@code POST /api/service-campaigns/{id}/sms} sends the SMS to each recipient once (a repeat sends only what
 *       failed): 200 with the counts;</li>
 *   <li>{@code POST /api/service-campaigns/{id}/bookings} {@code {"customerId": 12, "productModel": "...",
 *       "serialNumber": "...", "notes": "..."}} books maintenance for a customer the campaign reached: 201 with the
 *       maintenance case (200 with the same case when booked before).</li>
 * </ul>
 * Bad input is 400 problem+json naming each field, and nothing is written; an unknown campaign is 404.
 */
@RestController
@RequestMapping("/api/service-campaigns")
public class ServiceCampaignController {

  static final Set<String> PLANNERS = Set.of(StaffGroups.SERVICE_MANAGERS);
  static final String WHAT = "Service campaigns";
  static final Set<String> PRODUCT_LINES = Set.of("furniture", "instrument", "copier");
  /** Three SMS of 70 characters each; longer texts are split into more by most gateways. */
  static final int TEXT_MAX = 210;
  static final int REGION_MAX = 100;
  static final int MODEL_MAX = 100;
  static final int SERIAL_MAX = 64;
  static final int NOTES_MAX = 1000;
  private static final Set<String> CAMPAIGN_FIELDS = Set.of("month", "productLine", "region", "text");
  private static final Set<String> BOOKING_FIELDS = Set.of("customerId", "productModel", "serialNumber", "notes");

  private final CampaignService campaigns;
  private final CustomerService customers;
  private final ZoneId zone;

  public ServiceCampaignController(CampaignService campaigns, CustomerService customers,
      WorkingDayCalendar calendar) {
    this.campaigns = campaigns;
    this.customers = customers;
    this.zone = calendar.zone();
  }

  @PostMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<ServiceCampaign> plan(@RequestBody(required = false) JsonNode body) {
    StaffUser user = StaffAccess.require(PLANNERS, WHAT);
    List<FieldError> errors = new ArrayList<>();
    object(body, CAMPAIGN_FIELDS, "is not a field of a campaign", errors);
    YearMonth month = null;
    String monthText = text(body, "month", 7, true, errors);
    if (monthText != null) {
      try {
        month = YearMonth.parse(monthText);
        if (month.isBefore(YearMonth.from(ClockUtil.getCurrentTime().toInstant().atZone(zone)))) {
          errors.add(new FieldError("month", "is over: plan this month or a later one"));
        }
      } catch (DateTimeParseException e) {
        errors.add(new FieldError("month", "must be a month such as 2027-03"));
      }
    }
    String line = text(body, "productLine", 20, false, errors);
    if (line != null && !PRODUCT_LINES.contains(line)) {
      errors.add(new FieldError("productLine", "must be one of furniture, instrument, copier"));
    }
    String region = text(body, "region", REGION_MAX, false, errors);
    String text = text(body, "text", TEXT_MAX, true, errors);
    if (!errors.isEmpty()) {
      throw new InvalidRequestException("Invalid service campaign", errors);
    }
    List<Long> recipients = campaigns.select(line, region);
    if (recipients.isEmpty()) {
      String message = "selects no customer with a phone number in the archive";
      List<FieldError> none = new ArrayList<>();
      if (line != null) {
        none.add(new FieldError("productLine", message));
      }
      if (region != null) {
        none.add(new FieldError("region", message));
      }
      if (none.isEmpty()) {
        none.add(new FieldError("region", "the archive has no customer with a phone number"));
      }
      throw new InvalidRequestException("Invalid service campaign", none);
    }
    ServiceCampaign planned = campaigns.plan(new NewCampaign(month, line, region, text), recipients, user.id());
    return ResponseEntity.created(URI.create("/api/service-campaigns/" + planned.id())).body(planned);
  }

  @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  public List<ServiceCampaign> list() {
    StaffAccess.require(PLANNERS, WHAT);
    return campaigns.latest(200);
  }

  @PostMapping(path = "/{id}/sms", produces = MediaType.APPLICATION_JSON_VALUE)
  public SendResult send(@PathVariable long id) {
    StaffAccess.require(PLANNERS, WHAT);
    return campaigns.send(campaign(id));
  }

  @PostMapping(path = "/{id}/bookings", produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Booked> book(@PathVariable long id, @RequestBody(required = false) JsonNode body) {
    StaffUser user = StaffAccess.require(PLANNERS, WHAT);
    ServiceCampaign campaign = campaign(id);
    List<FieldError> errors = new ArrayList<>();
    object(body, BOOKING_FIELDS, "is not a field of a booking", errors);
    Long customerId = null;
    JsonNode idNode = body == null ? null : body.get("customerId");
    if (idNode == null || idNode.isNull()) {
      errors.add(new FieldError("customerId", "is required"));
    } else if (!idNode.canConvertToLong() || !idNode.isIntegralNumber()) {
      errors.add(new FieldError("customerId", "must be the archive id of a customer"));
    } else {
      customerId = idNode.asLong();
      try {
        customerId = customers.get(customerId).id();
      } catch (CustomerNotFoundException e) {
        errors.add(new FieldError("customerId", "no customer " + idNode.asLong() + " in the archive"));
        customerId = null;
      }
      if (customerId != null && !campaigns.reached(id, customerId)) {
        errors.add(new FieldError("customerId", "was not sent this campaign"));
      }
    }
    String model = text(body, "productModel", MODEL_MAX, true, errors);
    String serial = text(body, "serialNumber", SERIAL_MAX, false, errors);
    String notes = text(body, "notes", NOTES_MAX, false, errors);
    if (!errors.isEmpty()) {
      throw new InvalidRequestException("Invalid booking", errors);
    }
    Booked booked = campaigns.book(campaign, new Booking(customerId, model, serial, notes), user.id());
    return ResponseEntity.status(booked.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .location(URI.create("/api/service-requests/" + booked.caseNumber())).body(booked);
  }

  private ServiceCampaign campaign(long id) {
    return campaigns.find(id).orElseThrow(() -> new NotFoundException("No service campaign " + id,
        new FieldError("id", "no service campaign " + id)));
  }

  private static void object(JsonNode body, Set<String> fields, String notAField, List<FieldError> errors) {
    if (body == null || !body.isObject()) {
      throw new InvalidRequestException(List.of(new FieldError("", "the request body must be a JSON object")));
    }
    for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!fields.contains(name)) {
        errors.add(new FieldError(name, notAField));
      }
    }
  }

  private static String text(JsonNode body, String field, int max, boolean required, List<FieldError> errors) {
    JsonNode node = body.get(field);
    if (node == null || node.isNull() || (node.isTextual() && node.asText().isBlank())) {
      if (required) {
        errors.add(new FieldError(field, "is required"));
      }
      return null;
    }
    if (!node.isTextual()) {
      errors.add(new FieldError(field, "must be text"));
      return null;
    }
    String value = node.asText().trim();
    if (value.length() > max) {
      errors.add(new FieldError(field, "must be at most " + max + " characters"));
      return null;
    }
    return value;
  }
}
