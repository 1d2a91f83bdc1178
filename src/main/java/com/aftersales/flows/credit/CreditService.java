package com.aftersales.flows.credit;

import com.aftersales.calendar.WorkingDayCalendar;
import com.aftersales.customers.CreditEntry;
import com.aftersales.customers.CreditGrade;
import com.aftersales.customers.Customer;
import com.aftersales.customers.CustomerRepository;
import com.aftersales.customers.CustomerService;
import com.aftersales.customers.PaymentTerms;
import com.aftersales.customers.Receivable;
import com.aftersales.customers.Receivables;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The credit part of the customer archive (rulebook 002 二(三)): which reviews are due, what a reviewer reads (the
 * customer's payment history and open amount), recording a review's new grade, limit and next review date into the
 * customer and its credit history, and the payment gate's credit check, receivable and advance payment.
 */
@Service
public class CreditService {

  /** The reason of a review's credit-history line starts with this and the review id (idempotence). */
  static final String REVIEW_REASON = "信用评审 ";
  static final int REPORT_MIN = 10;
  static final int REPORT_MAX = 900;
  static final BigDecimal LIMIT_MAX = new BigDecimal("999999999999.99");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

  private final CustomerService customerService;
  private final CustomerRepository customers;
  private final Receivables receivables;
  private final WorkingDayCalendar calendar;

  public CreditService(CustomerService customerService, CustomerRepository customers, Receivables receivables,
      WorkingDayCalendar calendar) {
    this.customerService = customerService;
    this.customers = customers;
    this.receivables = receivables;
    this.calendar = calendar;
  }

  /** What a reviewer reads: the customer, the current grade and limit, the open amount and the payment history. */
  public record ReviewSheet(long customerId, String customerName, CreditGrade creditGrade, BigDecimal creditLimit,
      LocalDate dueOn, BigDecimal openAmount, String paymentHistory) {}

  /** The payment gate's reading of the customer's credit for an amount. */
  public record CreditCheck(CreditGrade creditGrade, BigDecimal creditLimit, BigDecimal openAmount,
      BigDecimal remainingCredit, boolean withinCreditLimit) {}

  /** The review id (and business key) of the customer's review due on the day. */
  public static String reviewId(long customerId, LocalDate dueOn) {
    return "CR-" + customerId + "-" + dueOn;
  }

  /** Customers whose review date is today or past (3.2.3), in id order. */
  public List<Long> dueReviews(LocalDate today) {
    return customers.creditReviewsDue(today);
  }

  public LocalDate today() {
    return calendar.now().toInstant().atZone(calendar.zone()).toLocalDate();
  }

  public ReviewSheet sheet(long customerId) {
    Customer customer = customerService.get(customerId);
    List<Receivable> lines = receivables.ofCustomer(customer.id());
    StringBuilder history = new StringBuilder();
    ZoneId zone = calendar.zone();
    for (Receivable r : lines) {
      history.append(r.caseNumber()).append("  ").append(DAY.format(r.openedAt().atZone(zone)))
          .append("  应收 ").append(r.amount().toPlainString()).append(" 元");
      if (r.paidAt() != null) {
        history.append("  已付 ").append(r.paidAmount().toPlainString()).append(" 元 (")
            .append(DAY.format(r.paidAt().atZone(zone))).append(')');
      }
      if (r.open().signum() > 0) {
        history.append("  未付 ").append(r.open().toPlainString()).append(" 元");
      }
      history.append('\n');
    }
    return new ReviewSheet(customer.id(), customer.name(), customer.creditGrade(), customer.creditLimit(),
        customer.nextCreditReview(), receivables.openAmount(customer.id()),
        history.isEmpty() ? "(无收费记录)" : history.toString().strip());
  }

  /**
   * Records a review: the customer's grade, limit and next review date, and a credit-history line with the report.
   * The next review comes at the latest after the new grade's period (3.2.3: A half-yearly, B quarterly, C and D
   * monthly); left out, it is that period from today. Recording the same review again changes nothing.
   *
   * @throws IllegalArgumentException naming the form field that is wrong
   */
  public void recordReview(long customerId, String reviewId, CreditGrade grade, BigDecimal limit, String nextReview,
      String report, String reviewer) {
    if (grade == null) {
      throw new IllegalArgumentException(CreditProcess.Vars.NEW_CREDIT_GRADE + " is required (A, B, C or D)");
    }
    if (limit == null || limit.signum() < 0 || limit.compareTo(LIMIT_MAX) > 0 || limit.scale() > 2) {
      throw new IllegalArgumentException(CreditProcess.Vars.NEW_CREDIT_LIMIT
          + " must be an amount in yuan from 0 with at most two decimals, not " + limit);
    }
    if (report == null || report.strip().length() < REPORT_MIN || report.strip().length() > REPORT_MAX) {
      throw new IllegalArgumentException(CreditProcess.Vars.REVIEW_REPORT + " must have " + REPORT_MIN + " to "
          + REPORT_MAX + " characters (the credit review report, 3.2.1)");
    }
    LocalDate today = today();
    LocalDate latest = today.plus(grade.reviewEvery());
    LocalDate next = latest;
    if (nextReview != null && !nextReview.isBlank()) {
      try {
        next = LocalDate.parse(nextReview.strip().length() > 10 ? nextReview.strip().substring(0, 10)
            : nextReview.strip());
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(CreditProcess.Vars.NEXT_CREDIT_REVIEW + " is not a date (yyyy-MM-dd): "
            + nextReview);
      }
      if (!next.isAfter(today) || next.isAfter(latest)) {
        throw new IllegalArgumentException(CreditProcess.Vars.NEXT_CREDIT_REVIEW + " must lie after " + today
            + " and not after " + latest + " (grade " + grade + " is reviewed every " + grade.reviewEvery() + ")");
      }
    }
    Customer customer = customerService.get(customerId);
    String reason = REVIEW_REASON + reviewId + ": " + report.strip();
    boolean recorded = customers.creditHistory(customer.id()).stream()
        .anyMatch(e -> e.reason().startsWith(REVIEW_REASON + reviewId + ":"));
    if (recorded) {
      return;
    }
    Instant now = calendar.now().toInstant();
    customers.updateCredit(customer.id(), grade, limit, next, now);
    customers.insertCredit(customer.id(), new CreditEntry(grade, limit, next, reason, reviewer, now));
  }

  /**
   * The customer's credit for an amount: within the limit when what they owe plus the amount is at most the limit.
   * A case of no customer (started before the archive existed) is read as grade C with no limit: it pays cash on
   * delivery, as every chargeable case did before.
   */
  public CreditCheck check(Long customerId, BigDecimal amount) {
    if (amount == null || amount.signum() < 0) {
      throw new IllegalArgumentException(CreditProcess.Vars.PAYMENT_AMOUNT + " must be at least 0: " + amount);
    }
    if (customerId == null) {
      return new CreditCheck(CreditGrade.C, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
          amount.signum() == 0);
    }
    Customer customer = customerService.get(customerId);
    BigDecimal open = receivables.openAmount(customer.id());
    BigDecimal remaining = customer.creditLimit().subtract(open).max(BigDecimal.ZERO);
    return new CreditCheck(customer.creditGrade(), customer.creditLimit(), open, remaining,
        open.add(amount).compareTo(customer.creditLimit()) <= 0);
  }

  /** Opens the case's receivable (once); nothing for a case of no customer. */
  public void openReceivable(Long customerId, String caseNumber, BigDecimal amount, PaymentTerms terms) {
    if (customerId == null) {
      return;
    }
    receivables.open(customerService.get(customerId).id(), caseNumber, amount, terms, calendar.now().toInstant());
  }

  /** The customer paid before the work starts; a payment recorded before stays. */
  public void paidInAdvance(String caseNumber, BigDecimal amount, String reference) {
    if (amount == null || amount.signum() <= 0) {
      throw new IllegalArgumentException(CreditProcess.Vars.AMOUNT_PAID + " must be more than 0");
    }
    receivables.pay(caseNumber, amount, reference, calendar.now().toInstant());
  }
}
