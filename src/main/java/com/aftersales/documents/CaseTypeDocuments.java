package com.aftersales.documents;

import com.aftersales.calendar.StaffTimes;
import com.aftersales.cases.ServiceCase;
import com.aftersales.flows.complaint.ComplaintProcess;
import com.aftersales.flows.exchange.ExchangeProcess;
import com.aftersales.flows.installation.InstallationProcess;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The documents a department hands out for the other case types, printed from the flows' own tables: the complaint's
 * reply letter (投诉处理结果答复函) once the complaint is resolved on the spot or has its solution, the exchange
 * confirmation (换货确认单) once the exchange is in the ledger, and the installation and commissioning acceptance
 * sheet (安装调试验收单, rulebook 004 送货安装 3.7: the customer signs the service record before the team leaves) once the
 * team is assigned, with the checklist confirmed (已确认) as the commissioning recorded it, 待确认 before.
 */
@Component
class CaseTypeDocuments {

  static final String COMPLAINT_SIGN = "本人已收到上述投诉处理结果。客户意见：";
  static final String EXCHANGE_SIGN = "本人确认已收到更换的新产品，原产品已交回。";
  static final String INSTALLATION_SIGN = "本人确认产品已安装调试完毕，运行正常，已了解保养知识和售后服务规定。";

  /** The commissioning checklist as the installation form words it (forms/installation-commission.form). */
  static final List<String[]> CHECKLIST = List.of(
      new String[] {InstallationProcess.Vars.KEY_PARTS_CHECKED, "已检查所有关键部位（螺丝孔、铰链、轨道、玻璃门等）符合质量要求"},
      new String[] {InstallationProcess.Vars.COMMISSIONING_OK, "调试完成，运行正常"},
      new String[] {InstallationProcess.Vars.SITE_CLEANED, "产品和现场已清洁"},
      new String[] {InstallationProcess.Vars.CARE_EXPLAINED, "已向客户讲解保养知识和售后服务规定"});

  private final NamedParameterJdbcTemplate jdbc;
  private final StaffTimes times;

  CaseTypeDocuments(NamedParameterJdbcTemplate jdbc, StaffTimes times) {
    this.jdbc = jdbc;
    this.times = times;
  }

  /** The documents of a complaint, exchange or installation case that exist now. */
  List<CaseDocument> available(ServiceCase c) {
    List<CaseDocument> documents = new ArrayList<>();
    if (ComplaintProcess.PROCESS_KEY.equals(c.type())) {
      row("SELECT resolution, solution_type FROM complaint WHERE case_number = :c", c.caseNumber())
          .filter(r -> r.get("resolution") != null || r.get("solution_type") != null)
          .ifPresent(r -> documents.add(CaseDocument.COMPLAINT_REPLY));
    } else if (ExchangeProcess.CASE_TYPE.equals(c.type())) {
      row("SELECT id FROM exchange_ledger WHERE case_number = :c", c.caseNumber())
          .ifPresent(r -> documents.add(CaseDocument.EXCHANGE_CONFIRMATION));
    } else if (InstallationProcess.PROCESS_KEY.equals(c.type())) {
      row("SELECT team_leader FROM installation WHERE case_number = :c", c.caseNumber())
          .filter(r -> r.get("team_leader") != null)
          .ifPresent(r -> documents.add(CaseDocument.INSTALLATION_ACCEPTANCE));
    }
    return documents;
  }

  void complaintReply(PdfSheet sheet, ServiceCase c) {
    Map<String, Object> r = row("SELECT * FROM complaint WHERE case_number = :c", c.caseNumber()).orElseThrow();
    sheet.heading("您的投诉")
        .field("投诉类别", category(text(r, "category")))
        .field("投诉内容", Optional.ofNullable(text(r, "details")).orElse(c.description()))
        .field("您的诉求", text(r, "customer_demand"))
        .field("受理时间", time(r, "received_at"));
    sheet.heading("处理结果")
        .field("调查结论", text(r, "investigation_findings"))
        .field("解决方式", solution(text(r, "solution_type")))
        .field("处理结果", text(r, "resolution"))
        .field("补偿金额", r.get("compensation_amount") == null ? null
            : Money.yuan((BigDecimal) r.get("compensation_amount")))
        .field("答复时间", time(r, "responded_at"))
        .field("说明", "感谢您对我们的信任与监督。如对处理结果仍有疑问，请凭案件编号联系客服部。")
        .signatureBox(COMPLAINT_SIGN);
  }

  void exchangeConfirmation(PdfSheet sheet, ServiceCase c) {
    Map<String, Object> r = row("SELECT * FROM exchange_ledger WHERE case_number = :c", c.caseNumber()).orElseThrow();
    sheet.heading("换货内容")
        .field("换货日期", r.get("exchange_date") == null ? null : r.get("exchange_date").toString())
        .field("产品型号", text(r, "product_model"))
        .field("原产品编号", text(r, "old_serial_number"))
        .field("新产品编号", text(r, "new_serial_number"))
        .field("换货原因", text(r, "reason"));
    sheet.heading("审批")
        .field("区域经理", approval(r, "regional_manager"))
        .field("销售内勤", approval(r, "sales_office"))
        .field("总经理", approval(r, "general_manager"))
        .field("原产品入库", text(r, "storage_location"))
        .field("经办人", text(r, "handler"))
        .signatureBox(EXCHANGE_SIGN);
  }

  /** The acceptance sheet: the checklist ticked once commissioning recorded it, blank boxes to tick on paper before. */
  void installationAcceptance(PdfSheet sheet, ServiceCase c) {
    Map<String, Object> r = row("SELECT * FROM installation WHERE case_number = :c", c.caseNumber()).orElseThrow();
    String done = text(r, "checklist") == null ? "" : text(r, "checklist");
    sheet.heading("安装调试")
        .field("产品型号", c.productModel())
        .field("出厂编号", c.serialNumber())
        .field("安装类型", scope(text(r, "scope")))
        .field("上门日期", r.get("visit_date") == null ? null : r.get("visit_date").toString())
        .field("组长", text(r, "team_leader"))
        .field("安装人员", text(r, "installers"));
    sheet.heading("验收清单");
    for (String[] item : CHECKLIST) {
      sheet.field(List.of(done.split(",")).contains(item[0]) ? "已确认" : "待确认", item[1]);
    }
    sheet.field("现场发现的问题", siteProblem(text(r, "site_problem"), text(r, "problem_note")))
        .field("客户验收时间", time(r, "customer_signed_at"));
  }

  private Optional<Map<String, Object>> row(String sql, String caseNumber) {
    return jdbc.queryForList(sql, new MapSqlParameterSource("c", caseNumber)).stream().findFirst();
  }

  private static String text(Map<String, Object> r, String column) {
    Object v = r.get(column);
    return v == null ? null : v.toString();
  }

  private String time(Map<String, Object> r, String column) {
    Object v = r.get(column);
    if (v instanceof Timestamp t) {
      return times.format(t.toInstant());
    }
    if (v instanceof java.time.OffsetDateTime o) {
      return times.format(o.toInstant());
    }
    if (v instanceof Date d) {
      return times.format(d.toInstant());
    }
    return v == null ? null : v.toString();
  }

  private String approval(Map<String, Object> r, String role) {
    String who = text(r, role);
    if (who == null) {
      return null;
    }
    String decision = text(r, role + "_decision");
    String comment = text(r, role + "_comment");
    return who + "：" + (decision == null ? "—" : switch (decision) {
      case "approved" -> "同意";
      case "rejected" -> "不同意";
      default -> decision;
    }) + (comment == null || comment.isBlank() ? "" : "（" + comment + "）") + "　" + Optional.ofNullable(time(r,
        role + "_decided_at")).orElse("");
  }

  private static String category(String code) {
    return code == null ? null : switch (code) {
      case "product-quality" -> "产品质量";
      case "service-attitude" -> "服务态度";
      case "delivery" -> "交付";
      case "installation" -> "安装";
      case "price" -> "价格";
      case "other" -> "其他";
      default -> code;
    };
  }

  private static String solution(String code) {
    return code == null ? null : switch (code) {
      case "repair" -> "维修";
      case "exchange" -> "换货";
      case "refund" -> "退款";
      case "compensation" -> "赔偿";
      case "apology" -> "道歉";
      case "explanation" -> "解释说明";
      default -> code;
    };
  }

  private static String scope(String code) {
    return code == null ? null : switch (code) {
      case "small" -> "零星仪器：送货后直接开箱调试";
      case "batch" -> "大批仪器：与客户协商后开箱调试";
      case "large-imported" -> "大型进口仪器：厂方到场安装调试并培训";
      default -> code;
    };
  }

  private static String siteProblem(String code, String note) {
    if (code == null) {
      return null;
    }
    String label = switch (code) {
      case "none" -> "没有";
      case "repair" -> "需要维修（已开立维修单）";
      case "parts" -> "缺件或损件（已开立补件单）";
      default -> code;
    };
    return note == null || note.isBlank() ? label : label + "：" + note;
  }
}
