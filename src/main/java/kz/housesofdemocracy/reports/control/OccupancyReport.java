package kz.housesofdemocracy.reports.control;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import kz.housesofdemocracy.platform.i18n.LocalizedText;

/**
 * The annual occupancy and subsidy report of a scope (the nation, a region or a House): every place
 * down to the rooms with twelve months and the year, money by NGO and by the NGOs' attributes, and
 * the NGO counts per region. Only aggregates, so that a published copy can be public once the
 * per-NGO lines are left out.
 */
public record OccupancyReport(
        int year,
        String regionCode,
        Long houseId,
        Instant computedAt,
        List<Place> places,
        List<Money> byNgo,
        List<Money> byArea,
        List<Money> byRegion,
        List<Money> byLanguage,
        List<Money> byYouth,
        List<Money> byFunding,
        List<NgoCount> ngoCounts)
        implements Serializable {

    /** NATION, REGION, HOUSE or ROOM; {@code parent} is the id of the place above. */
    public record Place(
            String level,
            String id,
            String parent,
            LocalizedText name,
            Figures year,
            List<Figures> months)
            implements Serializable {}

    /** Money and use for a group of NGOs (one NGO, an area, a region, a language…). */
    public record Money(
            String key,
            LocalizedText label,
            long ngos,
            long bookedMinutes,
            BigDecimal marketValue,
            BigDecimal payments,
            BigDecimal subsidy)
            implements Serializable {}

    public record NgoCount(
            String regionCode,
            LocalizedText regionName,
            long registered,
            long verified,
            long eligible,
            long active)
            implements Serializable {}

    /** The place with this id, if in the report. */
    public Place place(String id) {
        return places.stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
    }

    /** The places directly under the given one. */
    public List<Place> children(String id) {
        return places.stream().filter(p -> id.equals(p.parent())).toList();
    }

    /** The top of the report: the nation, or the region or House it was asked for. */
    public Place top() {
        return places.get(0);
    }

    /** The same report without the lines that name NGOs: what may be published. */
    public OccupancyReport withoutNgos() {
        return new OccupancyReport(
                year,
                regionCode,
                houseId,
                computedAt,
                places,
                List.of(),
                byArea,
                byRegion,
                byLanguage,
                byYouth,
                byFunding,
                ngoCounts);
    }
}
