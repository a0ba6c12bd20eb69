package io.github.hls4j.party;

/**
 * The part of a place's system an organisation belongs to. The Somerset report names the council,
 * the NHS, the voluntary, community, faith and social enterprise sector (VCFSE) and other
 * statutory services.
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
  /** Other statutory services: police, fire, probation, education. */
  OTHER_STATUTORY,
  /** Community groups and residents speaking for themselves. */
  COMMUNITY_AND_RESIDENTS,
  /** Universities and research collaborations. */
  RESEARCH,
  /** Private providers and businesses. */
  PRIVATE
}
