package com.aftersales.flows.visit;

import com.aftersales.customers.Classification;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code aftersales.quality.visit.*}: when and how often closed cases are visited. Defaults follow the rulebooks:
 * the call 24 hours after the case (000 第四篇 (二)1), a sample twice a week (000 (二)2), the written feedback form
 * back in 12 hours and answered in 48 (000 (二)2), never in the customer's rest time (002 3.4.1): the contact
 * windows are working-day hours outside the midday rest.
 */
@ConfigurationProperties("aftersales.quality.visit")
public class VisitProperties {

  /** How long after the case closed the customer is called at the earliest (calendar expression). */
  private String callAfter = "24 hours";

  /** Hours of a working day in which customers may be contacted, {@code HH:mm-HH:mm}, in the company zone. */
  private List<String> contactWindows = new ArrayList<>(List.of("09:00-12:00", "14:00-18:00"));

  /** Share of the other closed cases drawn for a visit at each draw (0..1; at least one when any is waiting). */
  private double sampleShare = 0.3;

  /** When the sample is drawn (Spring cron, company zone): twice a week. */
  private String drawCron = "0 0 9 * * MON,THU";

  /** A satisfaction score at or below this opens a complaint (scores 1..5). */
  private int lowScore = 2;

  /** Attempts to reach the customer before the visit ends unreached. */
  private int maxAttempts = 3;

  /** Final case statuses that get no visit: the case continues as another case, which is visited. */
  private List<String> skipStatuses = new ArrayList<>(List.of("HANDED_OVER_TO_EXCHANGE", "CONVERTED_TO_REPAIR"));

  /**
   * Customer classifications (customer archive) whose every closed case is visited: key customers (002 二(五)3.4.2)
   * and, the project's choice, VIP customers.
   */
  private List<Classification> alwaysVisited = new ArrayList<>(List.of(Classification.KEY, Classification.VIP));

  /** When the visit plans are scanned for occurrences due today (Spring cron, company zone; the project's choice). */
  private String planScanCron = "0 15 * * * *";

  /**
   * The response commitment of a complaint a planned visit opens (no case to inherit it from): as intake's,
   * 24 hours (002).
   */
  private String complaintResponse = "24 hours";

  /** When the written feedback form of an on-site visit is due back. */
  private String feedbackHandInDue = "12 hours";

  /** When the feedback is due to be answered, from the hand-in. */
  private String feedbackAnswerDue = "48 hours";

  public String getCallAfter() {
    return callAfter;
  }

  public void setCallAfter(String callAfter) {
    this.callAfter = callAfter;
  }

  public List<String> getContactWindows() {
    return contactWindows;
  }

  public void setContactWindows(List<String> contactWindows) {
    this.contactWindows = contactWindows;
  }

  public double getSampleShare() {
    return sampleShare;
  }

  public void setSampleShare(double sampleShare) {
    if (sampleShare < 0 || sampleShare > 1) {
      throw new IllegalArgumentException("aftersales.quality.visit.sample-share must be between 0 and 1: " + sampleShare);
    }
    this.sampleShare = sampleShare;
  }

  public String getDrawCron() {
    return drawCron;
  }

  public void setDrawCron(String drawCron) {
    this.drawCron = drawCron;
  }

  public int getLowScore() {
    return lowScore;
  }

  public void setLowScore(int lowScore) {
    this.lowScore = lowScore;
  }

  public int getMaxAttempts() {
    return maxAttempts;
  }

  public void setMaxAttempts(int maxAttempts) {
    this.maxAttempts = maxAttempts;
  }

  public List<String> getSkipStatuses() {
    return skipStatuses;
  }

  public void setSkipStatuses(List<String> skipStatuses) {
    this.skipStatuses = skipStatuses;
  }

  public List<Classification> getAlwaysVisited() {
    return alwaysVisited;
  }

  public void setAlwaysVisited(List<Classification> alwaysVisited) {
    this.alwaysVisited = alwaysVisited;
  }

  public String getPlanScanCron() {
    return planScanCron;
  }

  public void setPlanScanCron(String planScanCron) {
    this.planScanCron = planScanCron;
  }

  public String getComplaintResponse() {
    return complaintResponse;
  }

  public void setComplaintResponse(String complaintResponse) {
    this.complaintResponse = complaintResponse;
  }

  public String getFeedbackHandInDue() {
    return feedbackHandInDue;
  }

  public void setFeedbackHandInDue(String feedbackHandInDue) {
    this.feedbackHandInDue = feedbackHandInDue;
  }

  public String getFeedbackAnswerDue() {
    return feedbackAnswerDue;
  }

  public void setFeedbackAnswerDue(String feedbackAnswerDue) {
    this.feedbackAnswerDue = feedbackAnswerDue;
  }

  /** The contact windows, parsed and ordered. */
  public List<ContactWindows.Window> windows() {
    List<ContactWindows.Window> windows = new ArrayList<>();
    for (String text : contactWindows) {
      String[] parts = text.trim().split("\\s*-\\s*");
      if (parts.length != 2) {
        throw new IllegalArgumentException("aftersales.quality.visit.contact-windows: not HH:mm-HH:mm: " + text);
      }
      windows.add(new ContactWindows.Window(LocalTime.parse(parts[0]), LocalTime.parse(parts[1])));
    }
    windows.sort((a, b) -> a.start().compareTo(b.start()));
    return windows;
  }
}
