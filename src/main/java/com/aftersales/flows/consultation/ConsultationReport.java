package com.aftersales.flows.consultation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Consultations, suggestions and quality feedback received in a period (002 客服部管理制度及流程范文 第九条2: suggestions
 * are counted and analysed for product and service improvement): how many of each kind, per product model (the
 * archive knows no product line; the model stands for it) and per month, how the 24-hour answer was kept, and what
 * became of the suggestions and quality feedback (the general manager ordered action, the action is done).
 *
 * @param byKind kind → count; {@code unanswered} for requests not answered yet (their kind is not known)
 * @param byProductModel product model → kind → count
 * @param byMonth month (YYYY-MM, company zone) → kind → count
 */
public record ConsultationReport(
    LocalDate from,
    LocalDate to,
    int received,
    Map<String, Integer> byKind,
    Map<String, Map<String, Integer>> byProductModel,
    Map<String, Map<String, Integer>> byMonth,
    Answers answers,
    Feedback feedback,
    int faqProposed) {

  /** The kind of a request customer service has not answered yet. */
  public static final String UNANSWERED = "unanswered";

  /**
   * @param inTime answered by the commitment
   * @param late answered after it, or still unanswered after it
   * @param pending not answered yet, commitment not yet passed
   */
  public record Answers(int inTime, int late, int pending) {}

  /**
   * Suggestions and quality feedback after the answer.
   *
   * @param reported the sales office's written report made
   * @param instructed the general manager's instruction given
   * @param actionRequired of these, action ordered
   * @param actionDone of these, the follow-through done
   */
  public record Feedback(int reported, int instructed, int actionRequired, int actionDone) {}

  /** The report as rows section,key,kind,value for CSV. */
  public List<List<String>> rows() {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("period", "from", "", from.toString()));
    rows.add(List.of("period", "to", "", to.toString()));
    rows.add(List.of("total", "received", "", Integer.toString(received)));
    byKind.forEach((k, v) -> rows.add(List.of("kind", k, k, Integer.toString(v))));
    byProductModel.forEach((model, kinds) ->
        kinds.forEach((k, v) -> rows.add(List.of("productModel", model, k, Integer.toString(v)))));
    byMonth.forEach((month, kinds) ->
        kinds.forEach((k, v) -> rows.add(List.of("month", month, k, Integer.toString(v)))));
    rows.add(List.of("answer", "inTime", "", Integer.toString(answers.inTime())));
    rows.add(List.of("answer", "late", "", Integer.toString(answers.late())));
    rows.add(List.of("answer", "pending", "", Integer.toString(answers.pending())));
    rows.add(List.of("feedback", "reported", "", Integer.toString(feedback.reported())));
    rows.add(List.of("feedback", "instructed", "", Integer.toString(feedback.instructed())));
    rows.add(List.of("feedback", "actionRequired", "", Integer.toString(feedback.actionRequired())));
    rows.add(List.of("feedback", "actionDone", "", Integer.toString(feedback.actionDone())));
    rows.add(List.of("faq", "proposed", "", Integer.toString(faqProposed)));
    return rows;
  }
}
