package io.github.hls4j.party;

/**
 * The part of a place's system an organisation belongs to. The Somerset report names the council,
 * the NHS, the voluntary, community, faith and social enterprise sector (VCFSE) and other statutory
 * services.
 *
 * @since 0.1.0
 */
public enum Sector {
  /** A local authority: county, district, unitary or parish council. */
  COUNCIL,
  /** An NHS body: a trust, an integrated care board, a primary care network. */
  NHS,
  /** The voluntary, community, faith and social enterprise sector. */
  VCFSE,
  /** Other statutory services without a value of their own, such as probation. */
  OTHER_STATUTORY,
  /** Community groups and residents speaking for themselves. */
  COMMUNITY_AND_RESIDENTS,
  /** Universities and research collaborations. */
  RESEARCH,
  /** Private providers and businesses. */
  PRIVATE,
  /** A housing association or other registered social landlord. */
  HOUSING_ASSOCIATION,
  /** A community interest company or other social enterprise. */
  SOCIAL_ENTERPRISE,
  /** Central government: a department or one of its agencies. */
  CENTRAL_GOVERNMENT,
  /** A police force or its police and crime commissioner. */
  POLICE,
  /** A fire and rescue service. */
  FIRE_AND_RESCUE,
  /** Schools, colleges and education services. */
  EDUCATION
}
