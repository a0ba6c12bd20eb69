package io.github.hls4j.party;

import com.google.common.base.CharMatcher;
import com.google.common.collect.ImmutableMap;
import com.google.common.net.InternetDomainName;
import io.github.hls4j.internal.Checks;
import io.github.hls4j.internal.NotFreeText;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How to reach someone: an e-mail address, a telephone number, or both. The e-mail address is
 * checked for form when built: a local part, an {@code @} and a domain name of two or more labels.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ContactDetails {

  private static final CharMatcher LOCAL_PART =
      CharMatcher.inRange('a', 'z')
          .or(CharMatcher.inRange('A', 'Z'))
          .or(CharMatcher.inRange('0', '9'))
          .or(CharMatcher.anyOf("!#$%&'*+/=?^_`{|}~.-"));

  ContactDetails() {}

  /**
   * Returns a new builder. At least one of the e-mail address and the telephone number is required.
   *
   * @return a builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns contact details with only an e-mail address.
   *
   * @param email the address, such as {@code alice.munro@somerset.gov.uk}
   * @return the contact details
   * @throws IllegalArgumentException if {@code email} is not of the form {@code name@domain}
   * @since 0.1.0
   */
  public static ContactDetails email(String email) {
    return builder().email(email).build();
  }

  /**
   * Returns the e-mail address.
   *
   * @return the address, if given
   * @since 0.1.0
   */
  @NotFreeText(NotFreeText.Kind.CONTACT)
  public abstract Optional<String> email();

  /**
   * Returns the telephone number, as written.
   *
   * @return the number, if given
   * @since 0.1.0
   */
  @NotFreeText(NotFreeText.Kind.CONTACT)
  public abstract Optional<String> telephone();

  @Value.Check
  void check() {
    Checks.argument(
        email().isPresent() || telephone().isPresent(),
        "ContactDetails",
        "email",
        "ContactDetails.email (empty) and ContactDetails.telephone (empty) must not both be empty");
    email().ifPresent(ContactDetails::checkEmail);
    telephone().ifPresent(t -> Checks.notBlank("ContactDetails", "telephone", t));
  }

  private static void checkEmail(String email) {
    int at = email.lastIndexOf('@');
    boolean wellFormed =
        at > 0
            && LOCAL_PART.matchesAllOf(email.substring(0, at))
            && !email.startsWith(".")
            && !email.substring(0, at).endsWith(".")
            && !email.substring(0, at).contains("..")
            && isDomain(email.substring(at + 1));
    Checks.refuse(
        wellFormed, "model/email-form", "ContactDetails", "email", email, ImmutableMap.of());
  }

  private static boolean isDomain(String domain) {
    return InternetDomainName.isValid(domain) && InternetDomainName.from(domain).parts().size() > 1;
  }

  /**
   * Builds {@link ContactDetails}. A builder is single-threaded; {@code build()} throws {@link
   * IllegalArgumentException} for a malformed e-mail address or when both values are missing.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableContactDetails.Builder {
    Builder() {}
  }
}
