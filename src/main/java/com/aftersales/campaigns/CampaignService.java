package com.aftersales.campaigns;

import com.aftersales.cases.NewCase;
import com.aftersales.customers.Customer;
import com.aftersales.customers.CustomerService;
import com.aftersales.intake.IntakeResult;
import com.aftersales.intake.IntakeService;
import com.aftersales.mail.JdbcOutbox;
import com.aftersales.mail.MailDeliveryFailedException;
import com.aftersales.mail.OutboxEntry;
import com.aftersales.mail.sms.HttpSmsGateway;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Free-service months (000 第四篇 四(三)1 “发布免费服务月信息…邀请客户预约”): a service manager plans the month and the
 * selection of the archive, the SMS goes to each selected customer once through the outbox's SMS channel, and a
 * customer's booking opens a maintenance case ({@code maintenance.bpmn}) for them. The phone numbers are read from
 * the archive when the SMS is written and stay in the application's tables; the case carries the customer id.
 */
@Service
public class CampaignService {

  private static final Logger LOG = LoggerFactory.getLogger(CampaignService.class);
  static final String TEMPLATE = "campaign-free-service-sms";

  /** A new campaign as the planner gives it; productLine and region select the archive (null: any). */
  public record NewCampaign(YearMonth month, String productLine, String region, String text) {}

  /** What one sending did: SMS delivered now or before, kept without a gateway, without a phone, failed for now. */
  public record SendResult(int sent, int kept, int undeliverable, int failed) {}

  /** A booking from the campaign: the product to maintain and what the customer asked for. */
  public record Booking(long customerId, String productModel, String serialNumber, String notes) {}

  /** The booking's maintenance case; {@code created} false when the same booking was made before. */
  public record Booked(String caseNumber, String processInstanceId, boolean created) {}

  private final CampaignRepository campaigns;
  private final CustomerService customers;
  private final JdbcOutbox outbox;
  private final HttpSmsGateway sms;
  private final IntakeService intake;

  public CampaignService(CampaignRepository campaigns, CustomerService customers, JdbcOutbox outbox,
      HttpSmsGateway sms, IntakeService intake) {
    this.campaigns = campaigns;
    this.customers = customers;
    this.outbox = outbox;
    this.sms = sms;
    this.intake = intake;
  }

  /** The customers the selection reaches now (for the planner's check before planning). */
  public List<Long> select(String productLine, String region) {
    return campaigns.select(productLine, region);
  }

  /** Plans the campaign with its recipients; an empty selection is the caller's to refuse. */
  @Transactional
  public ServiceCampaign plan(NewCampaign campaign, List<Long> recipients, String createdBy) {
    long id = campaigns.insert(campaign.month(), campaign.productLine(), campaign.region(), campaign.text(),
        createdBy, now());
    campaigns.insertRecipients(id, recipients);
    return campaigns.find(id).orElseThrow();
  }

  public Optional<ServiceCampaign> find(long id) {
    return campaigns.find(id);
  }

  public List<ServiceCampaign> latest(int limit) {
    return campaigns.latest(limit);
  }

  /**
   * Sends the campaign's SMS, one per recipient and never twice (dedup key per campaign and customer): a repeat
   * sends only what failed before. A failed delivery is counted and stays owed in the outbox.
   */
  public SendResult send(ServiceCampaign campaign) {
    int sent = 0;
    int kept = 0;
    int undeliverable = 0;
    int failed = 0;
    for (CampaignRepository.Recipient r : campaigns.recipients(campaign.id())) {
      Customer customer = customers.get(r.customerId());
      try {
        OutboxEntry entry = outbox.sendOnce(dedupKey(campaign.id(), r.customerId()), customer.phone(), TEMPLATE,
            Map.of("month", campaign.month().getYear() + "年" + campaign.month().getMonthValue() + "月",
                "text", campaign.text()), sms);
        switch (entry.status()) {
          case OutboxEntry.SENT -> sent++;
          case OutboxEntry.KEPT -> kept++;
          default -> undeliverable++;
        }
      } catch (MailDeliveryFailedException e) {
        LOG.warn("Campaign {}: SMS to customer {} not delivered: {}", campaign.id(), r.customerId(), e.getMessage());
        failed++;
      }
    }
    return new SendResult(sent, kept, undeliverable, failed);
  }

  /** Whether the customer is one the campaign was sent to. */
  public boolean reached(long campaignId, long customerId) {
    return campaigns.recipient(campaignId, customerId).isPresent();
  }

  /**
   * Opens the maintenance case of a booking (channel phone: the customer answers the SMS by calling), once per
   * campaign and customer: a repeated booking answers the same case.
   */
  public Booked book(ServiceCampaign campaign, Booking booking, String staffUserId) {
    String description = "免费服务月 " + campaign.month() + " 预约保养"
        + (booking.notes() == null ? "" : "：" + booking.notes());
    IntakeResult result = intake.submit(new NewCase("maintenance", "phone", null, null, null, null,
        booking.productModel(), booking.serialNumber(), null, Boolean.FALSE, description,
        "campaign-" + campaign.id() + "-customer-" + booking.customerId(), null, booking.customerId(), null),
        staffUserId);
    campaigns.booked(campaign.id(), booking.customerId(), result.serviceCase().caseNumber(), now());
    return new Booked(result.serviceCase().caseNumber(), result.serviceCase().processInstanceId(),
        result.created());
  }

  static String dedupKey(long campaignId, long customerId) {
    return "campaign-" + campaignId + "-sms-" + customerId;
  }

  private static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
