package com.aftersales.faults;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The SMTP server of a fault run: GreenMail on a loopback port that writes every delivered mail as one line to an
 * append-only log <em>before</em> GreenMail answers the DATA command, so the log survives the server's own stops
 * and restarts and the driver can check "every mail exactly once" across them. Line: time, recipient,
 * Message-ID, subject, SHA-256 of the body (see {@link MailKey}). Usage: {@code SmtpSink PORT LOGFILE}.
 */
public final class SmtpSink {

  private SmtpSink() {}

  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    Path log = Path.of(args[1]);
    Files.createDirectories(log.toAbsolutePath().getParent());
    OutputStream out = new FileOutputStream(log.toFile(), true);
    GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    UserManager users = greenMail.getUserManager();
    users.setMessageDeliveryHandler((message, address) -> {
      String recipient = address.getEmail();
      MimeMessage mime = message.getMessage();
      String line;
      try {
        line = System.currentTimeMillis() + "\t" + recipient + "\t" + MailKey.clean(mime.getMessageID()) + "\t"
            + MailKey.clean(mime.getSubject()) + "\t" + MailKey.bodyHash(String.valueOf(mime.getContent())) + "\n";
      } catch (IOException e) {
        throw new jakarta.mail.MessagingException("cannot read the mail", e);
      }
      synchronized (out) {
        try {
          out.write(line.getBytes(StandardCharsets.UTF_8));
          out.flush();
        } catch (IOException e) {
          throw new jakarta.mail.MessagingException("cannot log the mail", e);
        }
      }
      GreenMailUser user = users.getUserByEmail(recipient);
      return user != null ? user : users.createUser(recipient, recipient, recipient);
    });
    greenMail.start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      greenMail.stop();
      try {
        out.close();
      } catch (IOException ignored) {
        // closing at exit
      }
      stopped.countDown();
    }));
    System.out.println("SMTP sink listening on 127.0.0.1:" + port + ", log " + log);
    System.out.flush();
    stopped.await();
  }
}
