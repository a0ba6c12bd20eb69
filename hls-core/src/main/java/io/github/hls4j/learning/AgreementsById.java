package io.github.hls4j.learning;

import com.google.common.collect.ArrayListMultimap;
import com.google.common.collect.ListMultimap;
import io.github.hls4j.internal.Indexes;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The agreements by id, for the rules that ask whether a share's agreement covers it: the first
 * agreement with each id, and the later ones only for ids that repeat, which
 * {@code system/duplicate-id} reports and which are rare. One table, where a multimap of every id
 * would build a list per agreement.
 */
final class AgreementsById {
  private final Map<AgreementId, DataSharingAgreement> first;
  private final @Nullable ListMultimap<AgreementId, DataSharingAgreement> later;

  private AgreementsById(
      Map<AgreementId, DataSharingAgreement> first, @Nullable ListMultimap<AgreementId, DataSharingAgreement> later) {
    this.first = first;
    this.later = later;
  }

  static AgreementsById of(List<DataSharingAgreement> agreements) {
    Map<AgreementId, DataSharingAgreement> first = Indexes.firstBy(agreements, DataSharingAgreement::id);
    if (first.size() == agreements.size()) {
      return new AgreementsById(first, null);
    }
    ListMultimap<AgreementId, DataSharingAgreement> later = ArrayListMultimap.create();
    for (DataSharingAgreement agreement : agreements) {
      if (first.get(agreement.id()) != agreement) {
        later.put(agreement.id(), agreement);
      }
    }
    return new AgreementsById(first, later);
  }

  /** Whether any agreement with the id, in the order given, passes the test. */
  boolean anyWith(AgreementId id, Predicate<DataSharingAgreement> test) {
    DataSharingAgreement agreement = first.get(id);
    if (agreement == null) {
      return false;
    }
    if (test.test(agreement)) {
      return true;
    }
    return later != null && later.get(id).stream().anyMatch(test);
  }
}
