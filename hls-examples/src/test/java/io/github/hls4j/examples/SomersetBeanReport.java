package io.github.hls4j.examples;

import io.github.hls4j.examples.beanvalidation.BeanBoardReport;
import io.github.hls4j.examples.beanvalidation.BeanBoardReport.Person;
import io.github.hls4j.examples.beanvalidation.BeanBoardReport.Recommendation;
import io.github.hls4j.examples.beanvalidation.BeanBoardReport.Role;
import io.github.hls4j.examples.beanvalidation.BeanBoardReport.SignOff;
import java.util.List;

/**
 * The compared parts of the Somerset report, written straight into the Bean Validation model as a
 * user of it would write them, so that a process using it loads no hls4j type. A test checks that
 * it equals the copy made from {@link SomersetReport#report()}.
 */
public final class SomersetBeanReport {

  private SomersetBeanReport() {}

  /**
   * Returns the report.
   *
   * @return the compared parts of the Somerset report
   */
  public static BeanBoardReport report() {
    return new BeanBoardReport(
        "somerset-board-hls-approach",
        "Taking a Human Learning Systems approach for the work of the Board",
        new BeanBoardReport.Board("somerset-board", "Somerset Board"),
        new Person("munro", "Munro", "Consultant in Public Health"),
        new Person("alice-munro", "Alice Munro", "Consultant in Public Health"),
        new BeanBoardReport.Contact("alice.munro@somerset.gov.uk", null),
        List.of(
            new Recommendation(
                1, SomersetReport.RECOMMENDATION_1, "A multi-agency working group", List.of()),
            new Recommendation(
                2, SomersetReport.RECOMMENDATION_2, "The multi-agency working group", List.of(1)),
            new Recommendation(3, SomersetReport.RECOMMENDATION_3, "Board members", List.of())),
        List.of(
            undated(
                new Role("Relevant Senior Manager / Lead Officer (Director Level)", true, false),
                "Trudi Grant"),
            undated(new Role("HWBB chair & Leader of the Council", false, false), "Bill Revans"),
            undated(new Role("Executive Member (if applicable)", false, true), "Graham Oakes"),
            undated(new Role("Monitoring Officer (Somerset Council)", false, false), "David Clark"),
            undated(
                new Role("Somerset Integrated Care Partnership Chair", false, false),
                "Paul Von Der Heyde")));
  }

  private static SignOff undated(Role role, String name) {
    return new SignOff(role, name, null, SomersetReport.DATE_PROMPT);
  }
}
