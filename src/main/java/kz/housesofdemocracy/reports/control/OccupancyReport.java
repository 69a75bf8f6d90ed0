package kz.housesofdemocracy.reports.control;

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
                        + " leaves `byNgo` empty.")
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
                                "NGO counts per region; in a national report the last line,"
                                        + " with `regionCode` null, is the nation's total.",
                        required = true)
                List<NgoCount> ngoCounts)
        implements Serializable {

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

    /** Money and use for a group of NGOs (one NGO, an area, a region, a language…). */
    @Schema(name = "ReportMoney", description = "Use and money of a group of NGOs.")
    public record Money(
            @Schema(
                            description =
                                    "The group's key: `ngo-<id>`, an area or funding code, a"
                                            + " region code, a language, `youth-led` or `not-youth-led`.",
                            required = true,
                            example = "youth-led")
                    String key,
            @Schema(description = "The group's name in kk, ru and en.", required = true)
                    LocalizedText label,
            @Schema(description = "How many NGOs the group has.", required = true) long ngos,
            @Schema(description = "Minutes of rooms the group booked.", required = true)
                    long bookedMinutes,
            @Schema(description = "The market value of what it used, in tenge.", required = true)
                    BigDecimal marketValue,
            @Schema(description = "What it paid, in tenge.", required = true) BigDecimal payments,
            @Schema(description = "The state's subsidy to it, in tenge.", required = true)
                    BigDecimal subsidy)
            implements Serializable {}

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
