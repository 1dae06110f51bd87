package id.ngopeni.domain.claim;

import id.ngopeni.domain.money.Rupiah;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

/**
 * The schedule of yearly scholarship entitlements of a death or total permanent disability
 * (PP 44/2015 Pasal 25 (JKK) and Pasal 34 (JKM) as amended by PP 82/2019): for at most 2
 * children, per child per school year at the level's amount ({@link ScholarshipLevel}), each
 * level for at most its years, at most Rp174.000.000 in all; a child not yet at school gets it
 * from entering school; it ends when the child turns 23, marries or works. JKM needs at least
 * 3 years of contributions counted (gaps do not reset the count); JKK needs none.
 *
 * <p>The schedule is a projection assuming the child moves up one year each school year; each
 * year is paid only on that year's proof. Under PP 44/2015 the scholarship was one amount paid
 * with the claim (a cash line of the {@link Entitlement}), so the schedule is empty.
 */
public final class ScholarshipPlan {
  /** The school year starts in July. */
  static final MonthDay SCHOOL_YEAR_START = MonthDay.of(7, 1);
  /** The scholarship ends when the child turns this age. */
  static final int END_AGE = 23;
  /** Age on the first day of the school year at which a child not yet at school enters SD (our reading). */
  static final int SCHOOL_ENTRY_AGE = 7;

  /** What gives the scholarship. */
  public enum Basis { JKM_DEATH, JKK_DEATH, JKK_TOTAL_PERMANENT_DISABILITY }

  private ScholarshipPlan() {}

  /**
   * @param coverage the membership on the incident date (its counted months decide JKM)
   * @param children in the order the family names them; only the first 2 are scheduled
   */
  public static List<ScholarshipYear> schedule(
      Basis basis, CoverageFacts coverage, LocalDate incidentDate, List<ScholarshipChild> children) {
    BenefitSchedule schedule = BenefitSchedule.inForceOn(incidentDate);
    if (!schedule.scholarshipPerSchoolYear()
        || basis == Basis.JKM_DEATH && !BenefitRules.jkmScholarshipDue(coverage, incidentDate, schedule)) {
      return List.of();
    }
    String regulation = schedule.cite(Regulation.SCHOLARSHIP);
    int firstYear = schoolYearOf(incidentDate);
    List<ScholarshipYear> years = new ArrayList<>();
    Rupiah left = ScholarshipLevel.maxPerClaim();
    for (ScholarshipChild child : children.subList(0, Math.min(children.size(), ScholarshipLevel.MAX_CHILDREN))) {
      for (ScholarshipYear year : forChild(child, firstYear, regulation)) {
        if (left.equals(Rupiah.ZERO)) {
          break;
        }
        Rupiah amount = year.amount().min(left);
        left = left.minus(amount);
        years.add(new ScholarshipYear(year.child(), year.schoolYearStart(), year.level(), year.yearInLevel(),
            amount, year.proof(), year.regulation()));
      }
    }
    return List.copyOf(years);
  }

  public static Rupiah total(List<ScholarshipYear> years) {
    return years.stream().map(ScholarshipYear::amount).reduce(Rupiah.ZERO, Rupiah::plus);
  }

  /** The school year (by its starting calendar year) a day falls in. */
  static int schoolYearOf(LocalDate day) {
    return MonthDay.from(day).isBefore(SCHOOL_YEAR_START) ? day.getYear() - 1 : day.getYear();
  }

  private static List<ScholarshipYear> forChild(ScholarshipChild child, int firstYear, String regulation) {
    List<ScholarshipYear> years = new ArrayList<>();
    ScholarshipLevel level = child.level();
    int yearInLevel = child.yearInLevel();
    int year = firstYear;
    if (level == null) {
      level = ScholarshipLevel.SD;
      yearInLevel = 1;
      year = Math.max(firstYear, child.birthDate().getYear() + SCHOOL_ENTRY_AGE
          + (MonthDay.from(child.birthDate()).isAfter(SCHOOL_YEAR_START) ? 1 : 0));
    }
    while (level != null) {
      LocalDate starts = SCHOOL_YEAR_START.atYear(year);
      if (!child.birthDate().plusYears(END_AGE).isAfter(starts)
          || child.marriedOrWorkingOn() != null && !child.marriedOrWorkingOn().isAfter(starts)) {
        break;
      }
      years.add(new ScholarshipYear(child.name(), year, level, yearInLevel, level.perYear(),
          "Surat keterangan aktif " + level.label().toLowerCase() + " tahun ajaran " + year + "/" + (year + 1)
              + ", dan pernyataan belum menikah dan belum bekerja", regulation));
      year++;
      if (++yearInLevel > level.maxYears()) {
        level = level.next();
        yearInLevel = 1;
      }
    }
    return years;
  }
}
