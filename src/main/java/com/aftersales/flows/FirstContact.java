package com.aftersales.flows;

/**
 * The first contact every request gets (rulebook 002 客服流程: 客服人员将在24小时内与客户联系): an acknowledgement mail
 * to the customer ({@code <caseType>-acknowledgement}, step {@link #SEND_ACKNOWLEDGEMENT}) and customer service's
 * contact, the user task {@link #CONTACT_CUSTOMER} due at the case's {@code responseDueAt} (intake's response
 * commitment, {@code aftersales.intake.flows.<type>.response-commitment}, default 24 hours). The ids are the same in
 * every model that has them, so the SLA report's {@code first-contact} commitment finds them in each.
 *
 * <p>Consultation, installation, maintenance and emergency make the contact their first step and its form does the
 * flow's own first piece of work. Exchange and parts-approval contact the customer beside their internal steps with
 * the shared form {@link #FORM}, recorded on the case by {@link RecordFirstContactDelegate}; a case opened from
 * another case (a repair handed over, a complaint's solution, a called parts flow) had its contact there and skips
 * it.
 */
public final class FirstContact {

  public static final String SEND_ACKNOWLEDGEMENT = "Task_SendAcknowledgement";
  public static final String CONTACT_CUSTOMER = "Task_ContactCustomer";
  /** Exchange and parts-approval: the contact's note on the case. */
  public static final String RECORD_FIRST_CONTACT = "Task_RecordFirstContact";
  /** The shared contact form of the flows whose contact does nothing else. */
  public static final String FORM = "first-contact";
  /** What customer service agreed with the customer (form field of {@link #FORM}). */
  public static final String CONTACT_NOTE = "contactNote";
  /** Action of the service record {@link RecordFirstContactDelegate} writes. */
  public static final String ACTION = "FIRST_CONTACT";

  private FirstContact() {}

  /** The acknowledgement mail's template of a case type. */
  public static String acknowledgementTemplate(String caseType) {
    return caseType + "-acknowledgement";
  }
}
