package com.aftersales.flows.credit;

import com.aftersales.customers.CreditGrade;
import com.aftersales.customers.PaymentTerms;
import com.aftersales.variables.Variable;
import java.math.BigDecimal;

/**
 * Names shared by the credit models, their forms, the delegates and the tests (rulebook 002 二(三)):
 * processes/credit-review-scan.bpmn (every morning: opens a review for each customer whose review date has come),
 * processes/credit-review.bpmn (one customer's review: customer service and finance record the new grade, limit and
 * next review date), processes/payment-gate.bpmn (called by a flow before chargeable work starts: the customer's
 * grade and remaining credit decide, through payment-terms.dmn, whether the work starts on account or cash on
 * delivery, needs a manager's approval over the limit, or waits for payment first).
 */
public final class CreditProcess {

  public static final String REVIEW_KEY = "credit-review";
  public static final String SCAN_KEY = "credit-review-scan";
  public static final String GATE_KEY = "payment-gate";
  public static final String DECISION_KEY = "payment-terms";

  private CreditProcess() {}

  /** Element ids of credit-review-scan.bpmn. */
  public static final class ScanElements {
    public static final String OPEN_DUE_REVIEWS = "Task_OpenDueReviews";

    private ScanElements() {}
  }

  /** Element ids of credit-review.bpmn. */
  public static final class ReviewElements {
    public static final String PREPARE = "Task_PrepareReview";
    public static final String REVIEW = "Task_ReviewCredit";
    public static final String RECORD = "Task_RecordReview";
    public static final String END_REVIEWED = "EndEvent_Reviewed";

    private ReviewElements() {}
  }

  /** Element ids of payment-gate.bpmn. */
  public static final class GateElements {
    public static final String CHECK_CREDIT = "Task_CheckCredit";
    public static final String DECIDE_TERMS = "Task_DecidePaymentTerms";
    public static final String OPEN_RECEIVABLE = "Task_OpenReceivable";
    public static final String APPROVE_OVER_LIMIT = "Task_ApproveOverLimit";
    public static final String RECORD_OVER_LIMIT_DECISION = "Task_RecordOverLimitDecision";
    public static final String MAIL_ADVANCE_PAYMENT_REQUEST = "Task_MailAdvancePaymentRequest";
    public static final String CONFIRM_ADVANCE_PAYMENT = "Task_ConfirmAdvancePayment";
    public static final String RECORD_ADVANCE_PAYMENT = "Task_RecordAdvancePayment";
    public static final String END_GRANTED = "EndEvent_WorkGranted";
    public static final String END_PAID_FIRST = "EndEvent_PaidFirst";

    private GateElements() {}
  }

  /** Process variables. */
  public static final class Vars {
    public static final String CUSTOMER_ID = "customerId";
    public static final String CUSTOMER_NAME = "customerName";
    public static final String CASE_NUMBER = "caseNumber";
    /** CR-{customerId}-{review date}: the review's business key. */
    public static final String REVIEW_ID = "reviewId";
    public static final String REVIEW_DUE_ON = "reviewDueOn";
    public static final String CREDIT_GRADE = "creditGrade";
    public static final String CREDIT_LIMIT = "creditLimit";
    public static final String OPEN_AMOUNT = "openAmount";
    public static final String PAYMENT_HISTORY = "paymentHistory";
    public static final String NEW_CREDIT_GRADE = "newCreditGrade";
    public static final String NEW_CREDIT_LIMIT = "newCreditLimit";
    /** yyyy-MM-dd: the review after this one. */
    public static final String NEXT_CREDIT_REVIEW = "nextCreditReview";
    public static final String REVIEW_REPORT = "reviewReport";
    /** What the caller asks the customer to pay for (yuan). */
    public static final String PAYMENT_AMOUNT = "paymentAmount";
    public static final String WITHIN_CREDIT_LIMIT = "withinCreditLimit";
    public static final String REMAINING_CREDIT = "remainingCredit";
    public static final String PAYMENT_TERMS = "paymentTerms";
    public static final String OVER_LIMIT_DECISION = "overLimitDecision";
    public static final String OVER_LIMIT_NOTE = "overLimitNote";
    public static final String AMOUNT_PAID = "amountPaid";
    public static final String PAYMENT_REFERENCE = "paymentReference";
    /** True once the customer paid before the work (D, or over the limit and asked to pay first). */
    public static final String PAID_IN_ADVANCE = "paidInAdvance";

    private Vars() {}
  }

  /** The manager's answer to an amount over the credit limit (form payment-over-limit). */
  public enum OverLimitDecision implements Variable.Code {
    /** 报备同意: the work starts on account. */
    ON_ACCOUNT,
    /** The customer pays first. */
    PAY_FIRST
  }

  /** Typed access to the variables. */
  public static final class Typed {
    public static final Variable<Long> CUSTOMER_ID = Variable.longInteger(Vars.CUSTOMER_ID);
    public static final Variable<String> REVIEW_ID = Variable.text(Vars.REVIEW_ID);
    public static final Variable<String> REVIEW_DUE_ON = Variable.text(Vars.REVIEW_DUE_ON);
    public static final Variable<CreditGrade> NEW_CREDIT_GRADE =
        Variable.oneOf(Vars.NEW_CREDIT_GRADE, CreditGrade.class);
    public static final Variable<BigDecimal> NEW_CREDIT_LIMIT = Variable.money(Vars.NEW_CREDIT_LIMIT);
    public static final Variable<String> NEXT_CREDIT_REVIEW = Variable.text(Vars.NEXT_CREDIT_REVIEW);
    public static final Variable<String> REVIEW_REPORT = Variable.text(Vars.REVIEW_REPORT);
    public static final Variable<BigDecimal> PAYMENT_AMOUNT = Variable.money(Vars.PAYMENT_AMOUNT);
    public static final Variable<String> CASE_NUMBER = Variable.text(Vars.CASE_NUMBER);
    public static final Variable<PaymentTerms> PAYMENT_TERMS =
        Variable.oneOf(Vars.PAYMENT_TERMS, PaymentTerms.class);
    public static final Variable<OverLimitDecision> OVER_LIMIT_DECISION =
        Variable.oneOf(Vars.OVER_LIMIT_DECISION, OverLimitDecision.class);
    public static final Variable<String> OVER_LIMIT_NOTE = Variable.text(Vars.OVER_LIMIT_NOTE);
    public static final Variable<BigDecimal> AMOUNT_PAID = Variable.money(Vars.AMOUNT_PAID);
    public static final Variable<String> PAYMENT_REFERENCE = Variable.text(Vars.PAYMENT_REFERENCE);

    private Typed() {}
  }
}
