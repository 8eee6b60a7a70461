package org.sequestra.freezing.memberstate.domain;

import com.ibm.icu.util.LocaleData;
import com.ibm.icu.util.Region;
import com.ibm.icu.util.VersionInfo;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Member States of the European Union as the Unicode CLDR knows them: the territories of its
 * grouping {@code EU}, read through ICU4J (maintained with each CLDR release), not written here.
 */
public final class EuMemberStates {

  private EuMemberStates() {}

  /** ISO 3166-1 alpha-2 codes of the territories CLDR's grouping {@code EU} contains. */
  public static Set<String> fromCldr() {
    Set<String> codes = new TreeSet<>();
    for (Region region :
        Region.getInstance("EU").getContainedRegions(Region.RegionType.TERRITORY)) {
      codes.add(region.toString());
    }
    if (codes.isEmpty()) {
      throw new IllegalStateException("ICU4J knows no territory in the CLDR grouping EU");
    }
    return Set.copyOf(codes);
  }

  /** Where the list comes from, with the versions, e.g. {@code Unicode CLDR 49 ... ICU4J 79.1}. */
  public static String source() {
    VersionInfo cldr = LocaleData.getCLDRVersion();
    VersionInfo icu = VersionInfo.ICU_VERSION;
    return "Unicode CLDR "
        + cldr.getMajor()
        + "."
        + cldr.getMinor()
        + " territory containment of grouping EU, read through ICU4J "
        + icu.getMajor()
        + "."
        + icu.getMinor();
  }
}
