package com.aftersales.reports.sla;

/** A commitment whose id, name and rule sentence are fixed when it is made (most of them). */
abstract class NamedCommitment implements Commitment {

  private final String id;
  private final String name;
  private final String target;

  NamedCommitment(String id, String name, String target) {
    this.id = id;
    this.name = name;
    this.target = target;
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final String target() {
    return target;
  }
}
