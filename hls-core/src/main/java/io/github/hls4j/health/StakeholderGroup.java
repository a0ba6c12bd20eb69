package io.github.hls4j.health;

/**
 * The group an assessor speaks for. Residents and people using services are the voices a health
 * check most often lacks ({@code health/no-resident-voice}).
 *
 * @since 0.1.0
 */
public enum StakeholderGroup {
  /** The council. */
  COUNCIL("Council"),
  /** The NHS. */
  NHS("NHS"),
  /** The voluntary, community, faith and social enterprise sector. */
  VCFSE("VCFSE"),
  /** Other statutory services. */
  OTHER_STATUTORY("Other statutory"),
  /** Elected members. */
  ELECTED_MEMBERS("Elected members"),
  /** Frontline staff. */
  FRONTLINE_STAFF("Frontline staff"),
  /** Residents. */
  RESIDENTS("Residents"),
  /** People using services. */
  PEOPLE_USING_SERVICES("People using services");

  private final String label;

  StakeholderGroup(String label) {
    this.label = label;
  }

  /**
   * Returns the group's name as people write it, such as "NHS" or "People using services".
   *
   * @return the label
   * @since 0.1.0
   */
  public String label() {
    return label;
  }

  /**
   * Returns whether the group speaks as residents or people using services.
   *
   * @return {@code true} for {@link #RESIDENTS} and {@link #PEOPLE_USING_SERVICES}
   * @since 0.1.0
   */
  public boolean isResidentVoice() {
    return this == RESIDENTS || this == PEOPLE_USING_SERVICES;
  }
}
