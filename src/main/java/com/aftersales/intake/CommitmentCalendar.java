package com.aftersales.intake;

import java.util.Date;

/** Turns a commitment such as {@code 24 hours} into the moment it falls due. */
public interface CommitmentCalendar {

  /** @throws IllegalArgumentException when the expression is not understood */
  Date dueAt(Date start, String commitment);
}
