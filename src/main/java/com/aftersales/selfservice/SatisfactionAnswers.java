package com.aftersales.selfservice;

import com.aftersales.flows.exchange.ExchangeProcess;
import com.aftersales.flows.repair.RepairProcess;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer's answer on the satisfaction page completes the case's open follow-up call with the same variables
 * the call's form sets ({@code satisfaction} 1-5 and {@code followUpComments}), so the flow records it, and a low
 * score goes to the managers' review, exactly as after a call.
 */
@Service
public class SatisfactionAnswers {

  /** The follow-up call's score variable in both flows (repair-follow-up and exchange-follow-up-call forms). */
  public static final String SCORE = RepairProcess.Vars.SATISFACTION;
  public static final String COMMENTS = RepairProcess.Vars.FOLLOW_UP_COMMENTS;
  /** Marks the comment in the case's records as the customer's own, given on the page. */
  static final String ONLINE = "(online) ";

  /** Why an answer was not taken. */
  public enum Refusal { UNKNOWN, ANSWERED, CALLED_ALREADY }

  public static final class RefusedException extends RuntimeException {
    private final Refusal refusal;

    RefusedException(Refusal refusal) {
      super(refusal.name());
      this.refusal = refusal;
    }

    public Refusal refusal() {
      return refusal;
    }
  }

  private final SatisfactionSurveys surveys;
  private final TaskService taskService;

  public SatisfactionAnswers(SatisfactionSurveys surveys, TaskService taskService) {
    this.surveys = surveys;
    this.taskService = taskService;
  }

  /** Whether the survey behind the link is there and still open (the page asks its question only then). */
  public SatisfactionSurveys.Survey survey(String caseNumber, String token) {
    return surveys.withToken(caseNumber, token).orElseThrow(() -> new RefusedException(Refusal.UNKNOWN));
  }

  /**
   * Records the score and completes the follow-up call, in one transaction.
   *
   * @throws RefusedException UNKNOWN (no such survey or wrong token), ANSWERED (answered before), CALLED_ALREADY
   *     (customer service has recorded the call meanwhile)
   */
  @Transactional
  public void answer(String caseNumber, String token, int score, String comment) {
    SatisfactionSurveys.Survey survey = survey(caseNumber, token);
    if (survey.answered()) {
      throw new RefusedException(Refusal.ANSWERED);
    }
    List<Task> calls = taskService.createTaskQuery().processInstanceId(survey.processInstanceId())
        .taskDefinitionKeyIn(RepairProcess.Elements.FOLLOW_UP_CALL, ExchangeProcess.Ids.FOLLOW_UP_CALL).list();
    if (calls.isEmpty()) {
      throw new RefusedException(Refusal.CALLED_ALREADY);
    }
    if (!surveys.answer(caseNumber, score, comment)) {
      throw new RefusedException(Refusal.ANSWERED);
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(SCORE, score);
    variables.put(COMMENTS, ONLINE + (comment == null ? "" : comment));
    taskService.complete(calls.get(0).getId(), variables);
  }
}
