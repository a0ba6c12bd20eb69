/**
 * Parties: the organisations and people who take part in a Human Learning System, from council and
 * NHS bodies to voluntary-sector partners and residents.
 *
 * <ul>
 *   <li>{@link io.github.hls4j.party.Organisation}, with its {@link io.github.hls4j.party.Sector};
 *   <li>{@link io.github.hls4j.party.Person}, with a role title and {@link
 *       io.github.hls4j.party.ContactDetails};
 *   <li>{@link io.github.hls4j.party.PartyId}, the typed id every party has, through {@link
 *       io.github.hls4j.party.Party}.
 * </ul>
 *
 * @since 0.1.0
 */
@NullMarked
@HlsStyle
package io.github.hls4j.party;

import io.github.hls4j.internal.HlsStyle;
import org.jspecify.annotations.NullMarked;
