package kz.housesofdemocracy.reports.control;

import jakarta.json.bind.annotation.JsonbCreator;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The annual occupancy and subsidy report of a scope (the nation, a region or a House): every place
 * down to the rooms with twelve months and the year, money by NGO and by the NGOs' attributes, and
 * the NGO counts per region. Only aggregates, so that a published copy can be public once the
 * per-NGO lines are left out.
 */
@Schema(
        name = "OccupancyReport",
        description =
                "The annual occupancy and subsidy report of a scope (the nation, a region or a"
                        + " House): every place down to the rooms with twelve months and the"
                        + " year, money by NGO and by the NGOs' attributes, and NGO counts per"
                        + " region. Money is in tenge, time in minutes. A published report"
                        + " leaves `byNgo` empty, and as the public reads it every group of"
                        + " fewer than 3 NGOs in the breakdowns is suppressed (`suppressed`"
                        + " true, figures absent) with a last line `suppressed` summing the"
                        + " suppressed groups; staff reports show every group in full.")
public record OccupancyReport(
        @Schema(description = "The calendar year.", required = true, example = "2027") int year,
        @Schema(
                        description = "The region asked for (ISO 3166-2), or null.",
                        nullable = true,
                        example = "KZ-71")
                String regionCode,
        @Schema(description = "The House asked for, or null.", nullable = true) Long houseId,
        @Schema(description = "When the figures were computed.", required = true)
                Instant computedAt,
        @Schema(
                        description =
                                "The places, top first: the nation (national report), the"
                                        + " regions, the Houses, the rooms; `parent` links them.",
                        required = true)
                List<Place> places,
        @Schema(
                        description =
                                "Use and money by NGO, largest subsidy first; empty in a"
                                        + " published report.",
                        required = true)
                List<Money> byNgo,
        @Schema(
                        description = "By area of activity (an NGO counts in each of its areas).",
                        required = true)
                List<Money> byArea,
        @Schema(description = "By the NGOs' region.", required = true) List<Money> byRegion,
        @Schema(
                        description =
                                "By working language (an NGO counts in each of its languages).",
                        required = true)
                List<Money> byLanguage,
        @Schema(description = "Youth-led NGOs and the others.", required = true)
                List<Money> byYouth,
        @Schema(
                        description = "By funding source (an NGO counts in each of its sources).",
                        required = true)
                List<Money> byFunding,
        @Schema(
                        description =
                                "NGO counts per region, the regions only (the nation's total"
                                        + " is `ngoNation`).",
                        required = true)
                List<NgoCount> ngoCounts,
        @Schema(
                        description =
                                "The nation's NGO counts (`regionCode` null) in a national"
                                        + " report; null (absent) in a region's or a House's.",
                        nullable = true)
                NgoCount ngoNation)
        implements Serializable {

    /** The minimum number of NGOs a group of the public breakdowns must describe to be shown. */
    public static final int FEWEST_NGOS = 3;

    /** Why a group is suppressed: it has too few NGOs. */
    public static final String FEWER_THAN_3 = "FEWER_THAN_3";

    /** Why a group is suppressed: so that the small groups cannot be worked out by subtraction. */
    public static final String SECONDARY = "SECONDARY";

    /** The key of the line that sums a breakdown's suppressed groups. */
    public static final String SUPPRESSED = "suppressed";

    /** The shape as stored and served; JSON-B reads snapshots through it. */
    @JsonbCreator
    public OccupancyReport {}

    /** A report whose counts may still carry the nation as a line of {@code ngoCounts}. */
    public OccupancyReport(
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
            List<NgoCount> ngoCounts) {
        this(
                year,
                regionCode,
                houseId,
                computedAt,
                places,
                byNgo,
                byArea,
                byRegion,
                byLanguage,
                byYouth,
                byFunding,
                regionsOf(ngoCounts),
                nationOf(ngoCounts));
    }

    /**
     * The same report with the nation's NGO counts apart: a snapshot published before {@code
     * ngoNation} existed has the nation as the last line of {@code ngoCounts} (regionCode null).
     */
    public OccupancyReport withNationApart() {
        if (ngoCounts == null || ngoCounts.stream().allMatch(c -> c.regionCode() != null)) {
            return this;
        }
        return new OccupancyReport(
                year,
                regionCode,
                houseId,
                computedAt,
                places,
                byNgo,
                byArea,
                byRegion,
                byLanguage,
                byYouth,
                byFunding,
                regionsOf(ngoCounts),
                ngoNation != null ? ngoNation : nationOf(ngoCounts));
    }

    private static List<NgoCount> regionsOf(List<NgoCount> counts) {
        return counts == null
                ? List.of()
                : counts.stream().filter(c -> c.regionCode() != null).toList();
    }

    private static NgoCount nationOf(List<NgoCount> counts) {
        return counts == null
                ? null
                : counts.stream()
                        .filter(c -> c.regionCode() == null)
                        .reduce((first, last) -> last)
                        .orElse(null);
    }

    /** NATION, REGION, HOUSE or ROOM; {@code parent} is the id of the place above. */
    @Schema(name = "ReportPlace", description = "A place of the report with its figures.")
    public record Place(
            @Schema(
                            description = "How high the place is.",
                            required = true,
                            enumeration = {"NATION", "REGION", "HOUSE", "ROOM"})
                    String level,
            @Schema(
                            description =
                                    "The place's id in the report: `nation`, `region-KZ-71`,"
                                            + " `house-1`, `room-3`.",
                            required = true,
                            example = "house-1")
                    String id,
            @Schema(
                            description = "The id of the place above; null for the top.",
                            nullable = true,
                            example = "region-KZ-71")
                    String parent,
            @Schema(description = "The place's name in kk, ru and en.", required = true)
                    LocalizedText name,
            @Schema(description = "The figures of the whole year.", required = true) Figures year,
            @Schema(
                            description = "The figures of each month, January to December (12).",
                            required = true)
                    List<Figures> months)
            implements Serializable {}

    /**
     * Money and use for a group of NGOs (one NGO, an area, a region, a language…). A suppressed
     * group (fewer than {@link #FEWEST_NGOS} NGOs, or hidden so that it cannot be recovered by
     * subtraction) has no figures; the line keyed {@link #SUPPRESSED} sums a breakdown's suppressed
     * groups.
     */
    @Schema(
            name = "ReportMoney",
            description =
                    "Use and money of a group of NGOs. In a published report as the public reads"
                            + " it, a group of fewer than 3 NGOs is suppressed: `suppressed` is"
                            + " true and `ngos`, `bookedMinutes`, `marketValue`, `payments` and"
                            + " `subsidy` are absent. So that a single suppressed group cannot be"
                            + " recovered by subtraction, the smallest group of 3 or more NGOs is"
                            + " suppressed with them (secondary suppression), and the breakdown"
                            + " ends with a line keyed `suppressed` that sums the suppressed groups,"
                            + " so that its lines still add up to the breakdown's total. Should"
                            + " that line itself describe no group of 3 or more NGOs, its figures"
                            + " are suppressed too.")
    public record Money(
            @Schema(
                            description =
                                    "The group's key: `ngo-<id>`, an area or funding code, a"
                                            + " region code, a language, `youth-led` or"
                                            + " `not-youth-led`; `suppressed` for the line summing"
                                            + " the suppressed groups.",
                            required = true,
                            example = "youth-led")
                    String key,
            @Schema(description = "The group's name in kk, ru and en.", required = true)
                    LocalizedText label,
            @Schema(
                            description =
                                    "Whether the group's figures are suppressed (then absent):"
                                            + " only in what the public reads.",
                            required = true)
                    boolean suppressed,
            @Schema(
                            description =
                                    "Why it is suppressed: `FEWER_THAN_3` (the group has fewer"
                                            + " than 3 NGOs; on the `suppressed` line: it holds no"
                                            + " group of 3 or more), `SECONDARY` (hidden with the"
                                            + " small groups so that they cannot be worked out by"
                                            + " subtraction); absent when not suppressed.",
                            nullable = true,
                            enumeration = {"FEWER_THAN_3", "SECONDARY"})
                    String suppression,
            @Schema(
                            description =
                                    "How many NGOs the group has (the suppressed line: the sum"
                                            + " of its groups'); absent when suppressed.",
                            nullable = true)
                    Long ngos,
            @Schema(
                            description =
                                    "Minutes of rooms the group booked; absent when suppressed.",
                            nullable = true)
                    Long bookedMinutes,
            @Schema(
                            description =
                                    "The market value of what it used, in tenge; absent when"
                                            + " suppressed.",
                            nullable = true)
                    BigDecimal marketValue,
            @Schema(
                            description = "What it paid, in tenge; absent when suppressed.",
                            nullable = true)
                    BigDecimal payments,
            @Schema(
                            description =
                                    "The state's subsidy to it, in tenge; absent when suppressed.",
                            nullable = true)
                    BigDecimal subsidy)
            implements Serializable {

        /** The shape as stored and served; JSON-B reads snapshots through it. */
        @JsonbCreator
        public Money {}

        /** A group shown in full. */
        public Money(
                String key,
                LocalizedText label,
                long ngos,
                long bookedMinutes,
                BigDecimal marketValue,
                BigDecimal payments,
                BigDecimal subsidy) {
            this(key, label, false, null, ngos, bookedMinutes, marketValue, payments, subsidy);
        }

        /** The same group with its figures withheld, for the reason given. */
        public Money withheld(String why) {
            return new Money(key, label, true, why, null, null, null, null, null);
        }

        /** Whether it has fewer than {@link #FEWEST_NGOS} NGOs (and is suppressed for that). */
        public boolean tooFew() {
            return FEWER_THAN_3.equals(suppression);
        }

        /** Whether this is the line summing a breakdown's suppressed groups. */
        public boolean sumsSuppressed() {
            return SUPPRESSED.equals(key);
        }
    }

    @Schema(name = "ReportNgoCount", description = "How many NGOs a region has, by status.")
    public record NgoCount(
            @Schema(
                            description =
                                    "The region's ISO 3166-2 code; null on the nation's total.",
                            nullable = true,
                            example = "KZ-71")
                    String regionCode,
            @Schema(
                            description = "The region's name (or the nation's) in kk, ru and en.",
                            required = true)
                    LocalizedText regionName,
            @Schema(description = "NGOs registered here.", required = true) long registered,
            @Schema(description = "With a verified identity (not liquidated).", required = true)
                    long verified,
            @Schema(description = "Of those, eligible to book and lease now.", required = true)
                    long eligible,
            @Schema(
                            description =
                                    "Active: used the space (a booking or a lease) in the last 12 months.",
                            required = true)
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

    /**
     * The same report with its top place and the places one level down only: what a page shows of
     * it at once (a nation's rooms are ~1,900 months of figures a page would keep for nothing).
     */
    public OccupancyReport oneLevel() {
        List<Place> shown = new java.util.ArrayList<>(children(top().id()));
        shown.add(0, top());
        return new OccupancyReport(
                year,
                regionCode,
                houseId,
                computedAt,
                List.copyOf(shown),
                byNgo,
                byArea,
                byRegion,
                byLanguage,
                byYouth,
                byFunding,
                ngoCounts,
                ngoNation);
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
                ngoCounts,
                ngoNation);
    }

    /**
     * What the public reads of a published report: every breakdown with its small groups suppressed
     * ({@link Suppression}); places and NGO counts as they are (rooms' figures are a room's, counts
     * are counts).
     */
    public OccupancyReport forThePublic() {
        return new OccupancyReport(
                year,
                regionCode,
                houseId,
                computedAt,
                places,
                List.of(),
                Suppression.apply(byArea),
                Suppression.apply(byRegion),
                Suppression.apply(byLanguage),
                Suppression.apply(byYouth),
                Suppression.apply(byFunding),
                ngoCounts,
                ngoNation);
    }
}
