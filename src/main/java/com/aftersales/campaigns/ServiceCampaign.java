package com.aftersales.campaigns;

import java.time.Instant;
import java.time.YearMonth;

/**
 * A free-service month (000 第四篇 四(三)1): the month, the selection of the archive it was sent to (a product line,
 * a region, or both; null: any), the SMS text, who planned it, and how many customers it reached and booked.
 */
public record ServiceCampaign(
    long id, YearMonth month, String productLine, String region, String text, String createdBy, Instant createdAt,
    int recipients, int booked) {}
