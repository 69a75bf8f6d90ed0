package kz.housesofdemocracy.reports.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.reports.control.OccupancyReport.NgoCount;

/** NGO counts for each region of the report, and the nation's total in a national report. */
public final class NgoCounts {

    private NgoCounts() {}

    /**
     * @param counts {@code [registered, verified, active]} by region code
     * @param eligible eligible NGOs by region code
     */
    public static List<NgoCount> perRegion(
            Map<String, LocalizedText> regions,
            Map<String, long[]> counts,
            Map<String, Long> eligible,
            boolean national) {
        List<NgoCount> list = new ArrayList<>();
        long[] total = new long[4];
        for (Map.Entry<String, LocalizedText> region : regions.entrySet()) {
            long[] c = counts.getOrDefault(region.getKey(), new long[3]);
            long e = eligible.getOrDefault(region.getKey(), 0L);
            list.add(new NgoCount(region.getKey(), region.getValue(), c[0], c[1], e, c[2]));
            total[0] += c[0];
            total[1] += c[1];
            total[2] += e;
            total[3] += c[2];
        }
        if (national) {
            list.add(
                    new NgoCount(
                            null,
                            ReportLabels.label("report.nation"),
                            total[0],
                            total[1],
                            total[2],
                            total[3]));
        }
        return list;
    }
}
