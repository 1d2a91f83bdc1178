package com.aftersales.campaigns;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Campaigns and their recipients in {@code service_campaign} and {@code service_campaign_recipient}. */
@Repository
public class CampaignRepository {

  /** A model without a row in {@code product_model_line} is furniture (as for the parts catalogue). */
  static final String DEFAULT_LINE = "furniture";

  private static final String SELECT = "SELECT c.id, c.service_month, c.product_line, c.region, c.sms_text,"
      + " c.created_by, c.created_at,"
      + " (SELECT COUNT(*) FROM service_campaign_recipient r WHERE r.campaign_id = c.id),"
      + " (SELECT COUNT(*) FROM service_campaign_recipient r WHERE r.campaign_id = c.id AND r.case_number IS NOT NULL)"
      + " FROM service_campaign c";

  /** A recipient: the archive's customer and, once booked, the maintenance case. */
  public record Recipient(long customerId, String caseNumber) {}

  private final JdbcTemplate jdbc;

  public CampaignRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The customers of the archive a campaign reaches: not merged into another, with a phone number, in the region
   * (when given) and owning a registered product of the product line (when given).
   */
  public List<Long> select(String productLine, String region) {
    StringBuilder sql = new StringBuilder(
        "SELECT c.id FROM customer c WHERE c.merged_into IS NULL AND c.phone IS NOT NULL AND c.phone <> ''");
    List<Object> args = new ArrayList<>();
    if (region != null) {
      sql.append(" AND c.region = ?");
      args.add(region);
    }
    if (productLine != null) {
      sql.append(" AND EXISTS (SELECT 1 FROM product p LEFT JOIN product_model_line l ON l.product_model = p.model"
          + " WHERE p.customer_id = c.id AND COALESCE(l.product_line, '" + DEFAULT_LINE + "') = ?)");
      args.add(productLine);
    }
    sql.append(" ORDER BY c.id");
    return jdbc.queryForList(sql.toString(), Long.class, args.toArray());
  }

  public long insert(YearMonth month, String productLine, String region, String text, String createdBy,
      Instant now) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var insert = connection.prepareStatement("INSERT INTO service_campaign (service_month, product_line, region,"
          + " sms_text, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)", new String[] {"id"});
      insert.setString(1, month.toString());
      insert.setString(2, productLine);
      insert.setString(3, region);
      insert.setString(4, text);
      insert.setString(5, createdBy);
      insert.setTimestamp(6, Timestamp.from(now));
      return insert;
    }, key);
    return key.getKey().longValue();
  }

  public void insertRecipients(long campaignId, List<Long> customerIds) {
    jdbc.batchUpdate("INSERT INTO service_campaign_recipient (campaign_id, customer_id) VALUES (?, ?)",
        customerIds, 500, (ps, customerId) -> {
          ps.setLong(1, campaignId);
          ps.setLong(2, customerId);
        });
  }

  public Optional<ServiceCampaign> find(long id) {
    return jdbc.query(SELECT + " WHERE c.id = ?", CampaignRepository::map, id).stream().findFirst();
  }

  public List<ServiceCampaign> latest(int limit) {
    return jdbc.query(SELECT + " ORDER BY c.id DESC LIMIT " + limit, CampaignRepository::map);
  }

  public List<Recipient> recipients(long campaignId) {
    return jdbc.query("SELECT customer_id, case_number FROM service_campaign_recipient WHERE campaign_id = ?"
        + " ORDER BY customer_id", (rs, n) -> new Recipient(rs.getLong(1), rs.getString(2)), campaignId);
  }

  public Optional<Recipient> recipient(long campaignId, long customerId) {
    return jdbc.query("SELECT customer_id, case_number FROM service_campaign_recipient WHERE campaign_id = ?"
            + " AND customer_id = ?", (rs, n) -> new Recipient(rs.getLong(1), rs.getString(2)), campaignId, customerId)
        .stream().findFirst();
  }

  /** Records the booking's case, once: a repeat of the same booking finds it recorded and changes nothing. */
  public void booked(long campaignId, long customerId, String caseNumber, Instant now) {
    jdbc.update("UPDATE service_campaign_recipient SET case_number = ?, booked_at = ? WHERE campaign_id = ?"
        + " AND customer_id = ? AND case_number IS NULL", caseNumber, Timestamp.from(now), campaignId, customerId);
  }

  private static ServiceCampaign map(ResultSet rs, int row) throws SQLException {
    return new ServiceCampaign(rs.getLong(1), YearMonth.parse(rs.getString(2)), rs.getString(3), rs.getString(4),
        rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant(), rs.getInt(8), rs.getInt(9));
  }
}
