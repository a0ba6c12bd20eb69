package io.github.hls4j.health;

/**
 * The nine behaviours of a healthy system, in three dimensions, in their published order.
 *
 * @since 0.1.0
 */
public enum SystemBehaviour {
  /** People see themselves as part of an interconnected whole. */
  INTERCONNECTED_WHOLE(
      BehaviourDimension.PERSPECTIVE, "People see themselves as part of an interconnected whole"),
  /** People are seen as resourceful and as bringing strengths. */
  PEOPLE_RESOURCEFUL(
      BehaviourDimension.PERSPECTIVE, "People are seen as resourceful and bringing strengths"),
  /** People share a vision. */
  SHARED_VISION(BehaviourDimension.PERSPECTIVE, "People share a vision"),
  /** Power is shared and equal voice is actively promoted. */
  POWER_SHARED(BehaviourDimension.POWER, "Power is shared and equal voice promoted"),
  /** Decision-making is devolved. */
  DECISION_MAKING_DEVOLVED(BehaviourDimension.POWER, "Decision-making is devolved"),
  /** Accountability is mutual. */
  ACCOUNTABILITY_MUTUAL(BehaviourDimension.POWER, "Accountability is mutual"),
  /** Open, trusting relationships allow real dialogue. */
  OPEN_TRUSTING_RELATIONSHIPS(BehaviourDimension.PARTICIPATION, "Open, trusting relationships"),
  /** Leadership is collaborative and encouraged at every level. */
  COLLABORATIVE_LEADERSHIP(
      BehaviourDimension.PARTICIPATION, "Collaborative leadership at every level"),
  /** Feedback and collective learning drive adaptation. */
  FEEDBACK_DRIVES_ADAPTATION(
      BehaviourDimension.PARTICIPATION, "Feedback and collective learning drive adaptation");

  private final BehaviourDimension dimension;
  private final String description;

  SystemBehaviour(BehaviourDimension dimension, String description) {
    this.dimension = dimension;
    this.description = description;
  }

  /**
   * Returns the dimension the behaviour belongs to.
   *
   * @return the dimension
   * @since 0.1.0
   */
  public BehaviourDimension dimension() {
    return dimension;
  }

  /**
   * Returns the behaviour in words, such as "Accountability is mutual".
   *
   * @return the description
   * @since 0.1.0
   */
  public String description() {
    return description;
  }
}
