package com.aftersales.flows.parts;

import com.aftersales.calendar.WorkingDayCalendar;
import com.aftersales.cases.CaseService;
import com.aftersales.cases.ProductWarranty;
import com.aftersales.cases.ServiceCase;
import com.aftersales.cases.ServiceRecord;
import com.aftersales.cases.WarrantyPeriod;
import com.aftersales.cases.WarrantyTerms;
import com.aftersales.customers.CustomerRepository;
import com.aftersales.customers.Product;
import java.sql.Types;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Warranty per part line (rulebook 000 第五篇 一1: in one product, parts may have warranty periods of their own). A
 * standalone parts request for a product registered in the installed base (the case's product, found at intake by
 * its serial number) is decided line by line through warranty-coverage.dmn (parts-approval.bpmn's
 * Task_DecidePartWarranty, one decision per line, kept in the decision history): a part with its own registered term
 * ({@code warranty_term.part_code} = the line's {@code part}) by that term, every other part by the product's
 * warranty (its registered end, else its model's term, else {@code aftersales.warranty-months}); both count from the
 * product's installation, else its purchase. Each decision is kept per line (table parts_line_warranty) and pricing
 * reads it: a covered line is free, a charged one is priced.
 *
 * <p>The parts request of a repair (called by repair.bpmn's CallActivity_PartsApproval) is decided per line the same
 * way, whatever the repair decided for the whole product: a part under its own warranty is free in an otherwise
 * chargeable repair, a part whose own term has ended is charged in an otherwise free one (with the repair's damage
 * cause); its charged lines are priced once here and billed with the repair's invoice
 * ({@code flows.repair.RepairInvoice}), never through this flow's payment gate.
 *
 * <p>Not decided per line: a standalone request the specialist marks as covered by warranty (all free), and a case
 * without a registered product with a known start (a repair's request then follows the repair, as before).
 */
@Service("partsWarranty")
@Transactional
public class PartsWarranty {

  /** Where a line's warranty comes from (parts_line_warranty.term_source). */
  public static final String PART_TERM = "part";
  public static final String PRODUCT_TERM = "product";

  private final PartsRepository repository;
  private final WarrantyTerms terms;
  private final WarrantyPeriod period;
  private final CustomerRepository customers;
  private final CaseService cases;
  private final WorkingDayCalendar calendar;
  private final NamedParameterJdbcTemplate jdbc;

  public PartsWarranty(PartsRepository repository, WarrantyTerms terms, WarrantyPeriod period,
      CustomerRepository customers, CaseService cases, WorkingDayCalendar calendar, NamedParameterJdbcTemplate jdbc) {
    this.repository = repository;
    this.terms = terms;
    this.period = period;
    this.customers = customers;
    this.cases = cases;
    this.calendar = calendar;
    this.jdbc = jdbc;
  }

  /**
   * One line's warranty as warranty-coverage.dmn reads it: where the term comes from, its start and end, and the
   * decision's inputs (months since the start, the period, proof of purchase from the case).
   */
  public record LineTerm(int lineNo, String part, String termSource, LocalDate startsOn, LocalDate endsOn,
      boolean purchaseProof, Integer monthsSincePurchase, int warrantyMonths) {}

  /** A line's recorded decision. */
  public record LineDecision(int lineNo, String termSource, LocalDate startsOn, LocalDate endsOn, String coverage,
      String reason) {

    public boolean covered() {
      return WARRANTY.equals(coverage);
    }
  }

  static final String WARRANTY = "warranty";
  static final String CHARGEABLE = "chargeable";

  /**
   * The line numbers to decide one by one (the collection of Task_DecidePartWarranty): every line of a request of a
   * case with a registered product whose warranty start is known, unless it is a standalone request covered as a
   * whole; else none.
   *
   * @param called the request was started by a calling flow (a repair): its coverage and billing flags are the
   *     repair's decision for the whole product, which the lines' own decisions override
   */
  @Transactional(readOnly = true)
  public List<Integer> linesToDecide(String number, boolean called) {
    PartsRequest request = request(number);
    if ((!called && (request.coveredByWarranty() || request.billedByCase()))
        || terms.ofCase(request.caseNumber()).isEmpty()) {
      return List.of();
    }
    return request.lines().stream().map(PartLine::lineNo).toList();
  }

  /** Every line number of the request: the collection of the line decisions (Task_DecidePartWarranty). */
  @Transactional(readOnly = true)
  public List<Integer> lineNumbers(String number) {
    return request(number).lines().stream().map(PartLine::lineNo).toList();
  }

  /** The inputs of one line's decision on the engine clock's day. */
  @Transactional(readOnly = true)
  public LineTerm term(String number, int lineNo) {
    PartsRequest request = request(number);
    PartLine line = request.lines().stream().filter(l -> l.lineNo() == lineNo).findFirst()
        .orElseThrow(() -> new IllegalStateException("Parts request " + number + " has no line " + lineNo));
    return partTerm(request.caseNumber(), request.productModel(), lineNo, line.part());
  }

  /**
   * The inputs of the decision of one part of a case's registered product on the engine clock's day: its own term
   * when its model registers one for the part, else the product's (the parts request's lines and the parts a repair
   * draws from the store, {@code flows.repair.StorePartsWarranty}).
   *
   * @param productModel the case's model, when the registered product names none
   */
  @Transactional(readOnly = true)
  public LineTerm partTerm(String caseNumber, String productModel, int lineNo, String part) {
    ProductWarranty product = terms.ofCase(caseNumber).orElseThrow(() -> new IllegalStateException(
        "Case " + caseNumber + " has no registered product with a known warranty start"));
    String model = customers.product(product.productId()).map(Product::model).orElse(productModel);
    Optional<Integer> own = terms.ownPartMonths(model, part);
    ProductWarranty warranty = own.map(months -> new ProductWarranty(product.productId(), product.serialNumber(),
        product.startsOn(), product.startsOn().plusMonths(months))).orElse(product);
    WarrantyPeriod.Inputs inputs = period.inputs(warranty, calendar.now());
    boolean proof = cases.find(caseNumber).map(ServiceCase::purchaseProof).map(Boolean.TRUE::equals).orElse(false);
    return new LineTerm(lineNo, part, own.isPresent() ? PART_TERM : PRODUCT_TERM, warranty.startsOn(),
        warranty.endsOn(), proof, inputs.monthsSincePurchase(), inputs.warrantyMonths());
  }

  /** Whether a case's parts are decided one by one: its product is registered with a known warranty start. */
  @Transactional(readOnly = true)
  public boolean decidedByPart(String caseNumber) {
    return terms.ofCase(caseNumber).isPresent();
  }

  /**
   * Keeps the decision of one line (a second decision of the line replaces the first) and notes it on the case.
   *
   * @param coverage {@code warranty} or {@code chargeable}, as warranty-coverage.dmn decided
   */
  public LineDecision record(String number, int lineNo, String coverage, String reason) {
    if (!WARRANTY.equals(coverage) && !CHARGEABLE.equals(coverage)) {
      throw new IllegalArgumentException("coverage must be warranty or chargeable, not " + coverage);
    }
    LineTerm term = term(number, lineNo);
    MapSqlParameterSource p = new MapSqlParameterSource("n", number).addValue("no", lineNo);
    jdbc.update("DELETE FROM parts_line_warranty WHERE request_number = :n AND line_no = :no", p);
    jdbc.update("INSERT INTO parts_line_warranty (request_number, line_no, term_source, starts_on, ends_on, coverage,"
            + " reason, decided_at) VALUES (:n, :no, :source, :starts, :ends, :coverage, :reason, :now)",
        p.addValue("source", term.termSource()).addValue("starts", term.startsOn(), Types.DATE)
            .addValue("ends", term.endsOn(), Types.DATE).addValue("coverage", coverage)
            .addValue("reason", reason == null || reason.length() <= 200 ? reason : reason.substring(0, 200))
            .addValue("now", PartsRepository.now(), Types.TIMESTAMP_WITH_TIMEZONE));
    String caseNumber = request(number).caseNumber();
    String note = "补件 " + number + " 第 " + lineNo + " 行（" + term.part() + "）："
        + (WARRANTY.equals(coverage) ? "保修免费" : "收费") + "；"
        + (PART_TERM.equals(term.termSource()) ? "按该配件自己的保修期" : "按产品的保修期")
        + " " + term.startsOn() + " 至 " + term.endsOn() + (reason == null ? "" : "（" + reason + "）");
    boolean noted = cases.records(caseNumber).stream()
        .anyMatch(r -> PartsProcess.Actions.LINE_WARRANTY.equals(r.action()) && note.equals(r.note()));
    if (!noted) {
      cases.addRecord(caseNumber, ServiceRecord.of(PartsProcess.Actions.LINE_WARRANTY, note));
    }
    return new LineDecision(lineNo, term.termSource(), term.startsOn(), term.endsOn(), coverage, reason);
  }

  /** The recorded decisions of a request by line number (none when it was not decided per line). */
  @Transactional(readOnly = true)
  public Map<Integer, LineDecision> decisions(String number) {
    Map<Integer, LineDecision> byLine = new LinkedHashMap<>();
    jdbc.query("SELECT line_no, term_source, starts_on, ends_on, coverage, reason FROM parts_line_warranty"
            + " WHERE request_number = :n ORDER BY line_no", new MapSqlParameterSource("n", number),
        rs -> {
          byLine.put(rs.getInt("line_no"), new LineDecision(rs.getInt("line_no"), rs.getString("term_source"),
              rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
              rs.getString("coverage"), rs.getString("reason")));
        });
    return byLine;
  }

  private PartsRequest request(String number) {
    return repository.search(new PartsRequestFilter(null, null, null, null, number), calendar.zone()).stream()
        .findFirst().orElseThrow(() -> new IllegalStateException("No parts request " + number));
  }
}
