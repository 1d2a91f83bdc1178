package com.aftersales.flows.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aftersales.cases.CaseService;
import com.aftersales.cases.NewCase;
import com.aftersales.security.StaffUser;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * GET /api/reports/complaints on five known complaints of 2–4 May 2033 (Shanghai time) and two just outside:
 * counts, response times without pauses, pauses apart, escalation levels; JSON and CSV; bad input and access.
 */
@SpringBootTest
@ActiveProfiles("test")
class ComplaintReportTest {

  static final StaffUser SAM = new StaffUser("sam", List.of("service-managers"));
  static final StaffUser ANN = new StaffUser("ann", List.of("analysts"));
  static final StaffUser MARY = new StaffUser("mary", List.of("customer-service"));
  /** When the report is asked for: 6 May 2033, 10:00 in Shanghai. */
  static final Instant NOW = OffsetDateTime.parse("2033-05-06T10:00:00+08:00").toInstant();
  private static boolean loaded;

  @Autowired WebApplicationContext context;
  @Autowired CaseService cases;
  @Autowired ComplaintRepository complaints;

  MockMvc mvc;

  @BeforeEach
  void setUp() {
    mvc = MockMvcBuilders.webAppContextSetup(context).build();
    if (!loaded) {
      loadKnownComplaints();
      loaded = true;
    }
    ClockUtil.setCurrentTime(Date.from(NOW));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  /**
   * 1 product-quality, answered after 2 h (met); 2 product-quality, escalated twice, answered after 50 h
   * (breached); 3 delivery, paused 10 h, answered after 30 h = 20 h net (met); 4 service-attitude, escalated
   * once, never answered (breached); 5 price, waiting for the customer since 4 May 22:00 (pending, 36 h paused).
   */
  private void loadKnownComplaints() {
    String c1 = complaint("2033-05-02T09:00:00+08:00", "product-quality");
    complaints.responded(c1, "investigate", null, null, at("2033-05-02T11:00:00+08:00"));
    complaints.solution(c1, true, true, "product-defect", "seal", "repair", "repair", null, at("2033-05-02T12:00:00+08:00"));

    String c2 = complaint("2033-05-02T10:00:00+08:00", "product-quality");
    escalate(c2, 1, 0, 1, "2033-05-03T10:00:00+08:00");
    escalate(c2, 2, 1, 2, "2033-05-04T10:00:00+08:00");
    complaints.responded(c2, "resolved", "fixed", "workmanship", at("2033-05-04T12:00:00+08:00"));

    String c3 = complaint("2033-05-03T08:00:00+08:00", "delivery");
    complaints.pause(c3, at("2033-05-03T13:00:00+08:00"));
    complaints.resume(c3, 10 * 3600, at("2033-05-04T18:00:00+08:00"), at("2033-05-03T23:00:00+08:00"));
    complaints.responded(c3, "resolved", "re-delivered", "logistics", at("2033-05-04T14:00:00+08:00"));

    String c4 = complaint("2033-05-04T12:00:00+08:00", "service-attitude");
    escalate(c4, 1, 0, 1, "2033-05-05T12:00:00+08:00");

    String c5 = complaint("2033-05-04T20:00:00+08:00", "price");
    complaints.pause(c5, at("2033-05-04T22:00:00+08:00"));

    complaint("2033-05-01T23:59:00+08:00", "price");
    complaint("2033-05-05T00:30:00+08:00", "price");
  }

  @Test
  void jsonReportCountsByCategoryAndCauseAndKeepsPausesApart() throws Exception {
    mvc.perform(as(SAM, get("/api/reports/complaints").param("from", "2033-05-02").param("to", "2033-05-04")))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.complaints").value(5))
        .andExpect(jsonPath("$.byCategory.product-quality").value(2))
        .andExpect(jsonPath("$.byCategory.delivery").value(1))
        .andExpect(jsonPath("$.byCategory.service-attitude").value(1))
        .andExpect(jsonPath("$.byCategory.price").value(1))
        .andExpect(jsonPath("$.byCause.product-defect").value(1))
        .andExpect(jsonPath("$.byCause.workmanship").value(1))
        .andExpect(jsonPath("$.byCause.logistics").value(1))
        .andExpect(jsonPath("$.byCause.undetermined").value(2))
        .andExpect(jsonPath("$.responseTimes.met").value(2))
        .andExpect(jsonPath("$.responseTimes.breached").value(2))
        .andExpect(jsonPath("$.responseTimes.pending").value(1))
        .andExpect(jsonPath("$.responseTimes.medianHours").value(20.0))
        .andExpect(jsonPath("$.responseTimes.pausedHours").value(46.0))
        .andExpect(jsonPath("$.responseTimes.pausedComplaints").value(2))
        .andExpect(jsonPath("$.escalationLevels.0").value(3))
        .andExpect(jsonPath("$.escalationLevels.1").value(1))
        .andExpect(jsonPath("$.escalationLevels.2").value(1))
        .andExpect(jsonPath("$.escalations.level-1").value(2))
        .andExpect(jsonPath("$.escalations.level-2").value(1));
  }

  @Test
  void csvReportHasOneRowPerFigure() throws Exception {
    String csv =
        mvc.perform(as(ANN, get("/api/reports/complaints").param("from", "2033-05-02").param("to", "2033-05-04")
                .accept("text/csv")))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith("text/csv"))
            .andReturn().getResponse().getContentAsString();

    assertThat(csv.split("\r\n")).startsWith("section,key,value", "period,from,2033-05-02", "period,to,2033-05-04",
            "total,complaints,5")
        .contains("category,product-quality,2", "cause,undetermined,2", "response,met,2", "response,breached,2",
            "response,pending,1", "response,medianHours,20.00", "paused,hours,46.00", "paused,complaints,2",
            "escalationLevel,0,3", "escalationLevel,2,1", "escalations,level-1,2", "escalations,level-2,1");
  }

  @Test
  void badDatesAreNamedInAProblem() throws Exception {
    mvc.perform(as(SAM, get("/api/reports/complaints").param("from", "2033-13-01")))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[0].field").value("from"))
        .andExpect(jsonPath("$.errors[1].field").value("to"));
    mvc.perform(as(SAM, get("/api/reports/complaints").param("from", "2033-05-04").param("to", "2033-05-01")
            .accept("text/csv")))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors.length()").value(1))
        .andExpect(jsonPath("$.errors[0].field").value("to"));
  }

  @Test
  void onlyManagersAnalystsAndAdminsMayReadIt() throws Exception {
    mvc.perform(get("/api/reports/complaints").param("from", "2033-05-02").param("to", "2033-05-04"))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    mvc.perform(as(MARY, get("/api/reports/complaints").param("from", "2033-05-02").param("to", "2033-05-04")))
        .andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
  }

  private String complaint(String receivedAt, String category) {
    Instant received = at(receivedAt);
    ClockUtil.setCurrentTime(Date.from(received));
    String caseNumber = cases.open(new NewCase("complaint", "phone", "Report Customer", "13900000000", null, null,
        "WM-1200", "SN-RPT", null, null, "report test", null, null, null, null)).caseNumber();
    complaints.register(new Complaint.NewComplaint(
        new Complaint.Report(caseNumber, category, "normal", false, "report test", null, null),
        null, "customer-service", 24, received, received.plus(Duration.ofHours(24))), received);
    return caseNumber;
  }

  private void escalate(String caseNumber, int sequence, int from, int to, String when) {
    List<String> groups = new ArrayList<>(List.of("customer-service", "service-managers", "general-manager"));
    complaints.escalate(new Complaint.Escalation(caseNumber, sequence, Complaint.Escalation.RESPONSE_OVERDUE, from, to,
        groups.get(from), groups.get(to), at(when)), false);
  }

  private static Instant at(String offsetDateTime) {
    return OffsetDateTime.parse(offsetDateTime).toInstant();
  }

  private static MockHttpServletRequestBuilder as(StaffUser user, MockHttpServletRequestBuilder request) {
    return request.requestAttr(StaffUser.REQUEST_ATTRIBUTE, user);
  }
}
