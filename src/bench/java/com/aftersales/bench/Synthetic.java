package com.aftersales.bench;

import com.aftersales.cases.NewCase;
import com.aftersales.harness.Answers;
import com.aftersales.harness.Choices;
import com.aftersales.harness.IntakeBody;
import com.aftersales.harness.Vars;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Synthetic cases and the choices staff make in their forms (the answers are the harnesses' table,
 * {@link Answers}). The paths through the models are chosen by weights
 * (warranty/chargeable through the purchase date and damage cause, on-site/parts/factory repairs, quotes declined,
 * unresolved sign-offs, complaints needing information or reopened, exchanges refused ...), so one run walks the
 * common paths often and the rare ones now and then.
 */
final class Synthetic {

  private static final AtomicLong SEQUENCE = new AtomicLong();
  private static final String[] NAMES = {"Wang Fang", "Li Na", "Zhang Wei", "Liu Yang", "Chen Jing", "Zhao Min",
      "Huang Lei", "Zhou Xin", "Wu Hao", "Xu Li"};
  private static final String[] MODELS = {"WM-1200", "WM-800", "Bed B-180", "Wardrobe W-2D", "Sofa S-3", "Desk D-140"};

  private Synthetic() {}

  static ThreadLocalRandom random() {
    return ThreadLocalRandom.current();
  }

  /** Picks among value, weight, value, weight ... */
  static String pick(Object... valueWeightPairs) {
    int total = 0;
    for (int i = 1; i < valueWeightPairs.length; i += 2) {
      total += (Integer) valueWeightPairs[i];
    }
    int r = random().nextInt(total);
    for (int i = 0; i < valueWeightPairs.length; i += 2) {
      r -= (Integer) valueWeightPairs[i + 1];
      if (r < 0) {
        return (String) valueWeightPairs[i];
      }
    }
    throw new IllegalStateException();
  }

  static boolean chance(int percent) {
    return random().nextInt(100) < percent;
  }

  /** The mix of incoming requests: half repairs, then complaints, parts requests and exchanges. */
  static String requestType() {
    return pick("repair", 50, "complaint", 20, "parts", 20, "exchange", 10);
  }

  static NewCase newCase(String type) {
    long n = SEQUENCE.incrementAndGet();
    String name = NAMES[random().nextInt(NAMES.length)];
    // 0 to 30 months old: roughly two thirds inside a 1-2 year warranty, the rest chargeable
    LocalDate purchase = LocalDate.now().minusDays(random().nextInt(5, 900));
    String description = IntakeBody.description(type);
    return new NewCase(type, pick("phone", 50, "online", 20, "email", 10, "walk-in", 10, "dealer", 10), name,
        "139" + String.format("%08d", random().nextInt(100_000_000)),
        "customer" + n + "@example.com", (n % 50) + " Huaihai Road, Shanghai",
        MODELS[random().nextInt(MODELS.length)], "SN-B-" + n, purchase, chance(85),
        description + " (bench " + n + ")", "BENCH-" + System.nanoTime() + "-" + n, null, null, null);
  }

  /** The intake API's JSON body for a case. */
  static Map<String, Object> requestBody(NewCase c) {
    return IntakeBody.of(c.type(), c.channel(),
        new IntakeBody.Customer(c.customerName(), c.customerPhone(), c.customerEmail(), c.customerAddress()),
        new IntakeBody.Product(c.productModel(), c.serialNumber(), c.purchaseDate(), c.purchaseProof()),
        c.description(), c.externalReference());
  }

  /** The benchmark's choices: by the weights, at random. */
  static final Choices WEIGHTED = new Choices() {
    @Override
    public String pick(String field, Object... valueWeightPairs) {
      return Synthetic.pick(valueWeightPairs);
    }

    @Override
    public boolean chance(String field, int percent) {
      return Synthetic.chance(percent);
    }

    @Override
    public long between(String field, long from, long to) {
      return random().nextLong(from, to);
    }
  };

  /**
   * What the user enters to complete the task, or null for a task the harness does not know (counted and left
   * open): the harnesses' one answer table, the paths chosen by the weights.
   */
  static Vars answer(String taskKey) {
    return Answers.answer(taskKey, WEIGHTED);
  }
}
