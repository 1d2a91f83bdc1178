package com.aftersales.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Latency samples of one operation (milliseconds); thread-safe, reset when the measuring window opens. */
final class Latencies {

  private long[] samples = new long[1024];
  private int size;

  synchronized void add(long nanos) {
    if (size == samples.length) {
      samples = Arrays.copyOf(samples, size * 2);
    }
    samples[size++] = nanos;
  }

  synchronized void reset() {
    size = 0;
  }

  synchronized int count() {
    return size;
  }

  /** count, p50, p95, p99 and max in milliseconds (nearest-rank percentiles). */
  synchronized Map<String, Object> summary() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("count", size);
    if (size == 0) {
      return m;
    }
    long[] sorted = Arrays.copyOf(samples, size);
    Arrays.sort(sorted);
    m.put("p50", ms(sorted, 0.50));
    m.put("p95", ms(sorted, 0.95));
    m.put("p99", ms(sorted, 0.99));
    m.put("max", Math.round(sorted[size - 1] / 1e5) / 10.0);
    return m;
  }

  private static double ms(long[] sorted, double p) {
    int rank = (int) Math.ceil(p * sorted.length) - 1;
    return Math.round(sorted[Math.max(0, rank)] / 1e5) / 10.0;
  }
}
