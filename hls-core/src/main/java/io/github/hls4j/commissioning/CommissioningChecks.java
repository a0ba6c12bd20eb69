package io.github.hls4j.commissioning;

import io.github.hls4j.learning.Measure;
import io.github.hls4j.learning.MeasureUse;
import io.github.hls4j.party.PartyId;
import io.github.hls4j.validation.MessageArguments;
import io.github.hls4j.validation.RuleContext;
import java.time.LocalDate;
import java.time.Month;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The logic of the {@code commissioning/*} rules; {@link CommissioningRules} pairs it with ids. */
final class CommissioningChecks {

  private CommissioningChecks() {}

  static void paymentByMeasure(Arrangement arrangement, RuleContext context) {
    List<Measure> measures = arrangement.measures();
    for (int i = 0; i < measures.size(); i++) {
      Measure m = measures.get(i);
      if (m.use() != MeasureUse.LEARNING) {
        context
            .at("measures", i)
            .report("use", MessageArguments.of("measure", m.name(), "use", m.use()));
      }
    }
  }

  static void allianceOfOne(Arrangement arrangement, RuleContext context) {
    if (arrangement.kind() != ArrangementKind.ALLIANCE) {
      return;
    }
    Set<PartyId> organisations = new HashSet<>();
    for (ArrangementMember member : arrangement.members()) {
      organisations.add(member.organisation());
    }
    if (organisations.size() < 2) {
      context.report(
          "members",
          MessageArguments.of(
              "arrangement", arrangement.id(), "organisations", organisations.size()));
    }
  }

  static void incoherentTerms(Arrangement arrangement, RuleContext context) {
    int first = financialYear(arrangement.start());
    int last = financialYear(arrangement.latestEnd());
    Set<Integer> seen = new HashSet<>();
    List<YearValue> values = arrangement.valueByYear();
    for (int i = 0; i < values.size(); i++) {
      int year = values.get(i).year();
      if (year < first || year > last || !seen.add(year)) {
        context
            .at("valueByYear", i)
            .report(
                "year",
                MessageArguments.of(
                    "year",
                    financialYearName(year),
                    "first",
                    financialYearName(first),
                    "last",
                    financialYearName(last)));
      }
    }
  }

  static void memberWithoutRole(Arrangement arrangement, RuleContext context) {
    List<ArrangementMember> members = arrangement.members();
    for (int i = 0; i < members.size(); i++) {
      if (members.get(i).roles().isEmpty()) {
        context
            .at("members", i)
            .report("roles", MessageArguments.of("organisation", members.get(i).organisation()));
      }
    }
  }

  /**
   * The UK public sector's financial year, which starts on 1 April, named by the year it starts in.
   */
  private static int financialYear(LocalDate day) {
    return day.getMonth().compareTo(Month.APRIL) >= 0 ? day.getYear() : day.getYear() - 1;
  }

  /** 2025 as "2025/26". */
  private static String financialYearName(int year) {
    return year + "/" + String.format(Locale.ROOT, "%02d", (year + 1) % 100);
  }
}
