package com.aftersales.bench;

import com.aftersales.AfterSalesApplication;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An application node in a JVM of its own, for the runs with more than one node (start-up on a large database, two
 * nodes on one PostgreSQL): the application as the tuned mode runs it (profiles bench + bench-tuned) on the database
 * given, on a free port. It prints {@code BENCH-NODE READY port=P springSeconds=S jvmSeconds=J} once it serves
 * requests and stops when its standard input closes (the driver ends, or closes it).
 *
 * <p>Arguments: the JDBC URL, then {@code --bench-mode=baseline} for the baseline's settings (default tuned) and any
 * {@code --key=value} for Spring.
 */
public final class BenchNode {

  private BenchNode() {}

  public static void main(String[] args) throws Exception {
    long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    long springStart = System.nanoTime();
    List<String> spring = new ArrayList<>(List.of("--spring.datasource.url=" + args[0]));
    String mode = "tuned";
    for (String arg : List.of(args).subList(1, args.length)) {
      if (arg.startsWith("--bench-mode=")) {
        mode = arg.substring("--bench-mode=".length());
      } else {
        spring.add(arg);
      }
    }
    ConfigurableApplicationContext app = new SpringApplicationBuilder(AfterSalesApplication.class)
        .profiles("bench", "bench-" + mode).run(spring.toArray(String[]::new));
    int port = ((WebServerApplicationContext) app).getWebServer().getPort();
    System.out.printf("BENCH-NODE READY port=%d springSeconds=%.2f jvmSeconds=%.2f%n", port,
        (System.nanoTime() - springStart) / 1e9, (System.currentTimeMillis() - jvmStart) / 1000.0);
    System.out.flush();
    while (System.in.read() >= 0) {
      // the driver holds our standard input open while it needs us
    }
    app.close();
    System.exit(0);
  }
}
