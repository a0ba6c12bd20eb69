package io.github.hls4j.party;

import com.google.common.testing.NullPointerTester;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;

class ValueSemanticsTest {

  @Test
  void valueTypes_equalByEveryAttribute() {
    EqualsVerifier.forClasses(
            ImmutablePartyId.class,
            ImmutableOrganisation.class,
            ImmutablePerson.class,
            ImmutableContactDetails.class,
            ImmutableGroup.class)
        .suppress(Warning.NULL_FIELDS)
        .verify();
  }

  @Test
  void publicFactories_rejectNull() {
    NullPointerTester tester = new NullPointerTester().setDefault(String.class, "a@example.org");
    tester.testAllPublicStaticMethods(PartyId.class);
    tester.testAllPublicStaticMethods(ContactDetails.class);
    tester.testAllPublicStaticMethods(Organisation.class);
    tester.testAllPublicStaticMethods(Person.class);
  }
}
