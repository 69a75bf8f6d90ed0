package kz.housesofdemocracy.ngos.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Comparator;
import java.util.List;
import kz.housesofdemocracy.ngos.control.Eligibility;
import kz.housesofdemocracy.ngos.control.NgoCounts;
import kz.housesofdemocracy.ngos.entity.ActivityArea;
import kz.housesofdemocracy.ngos.entity.AnnualFiling;
import kz.housesofdemocracy.ngos.entity.EligibilityPolicy;
import kz.housesofdemocracy.ngos.entity.Ngo;
import kz.housesofdemocracy.ngos.entity.NgoEnums.FilingStatus;
import kz.housesofdemocracy.ngos.entity.NgoEnums.FundingSource;
import kz.housesofdemocracy.ngos.entity.NgoEnums.IdentityStatus;
import kz.housesofdemocracy.ngos.entity.NgoEnums.LegalForm;
import kz.housesofdemocracy.ngos.entity.NgoEnums.OperatingStatus;
import kz.housesofdemocracy.ngos.entity.NgoEnums.WorkingLanguage;
import kz.housesofdemocracy.ngos.entity.NgoRepresentative;
import kz.housesofdemocracy.platform.i18n.CurrentLanguage;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the registry shows: NGOs in lists and in full, filings, counts, areas; each view made from
 * the entities it shows. (Other components read these views, so they stay at the boundary.)
 */
public final class NgoViews {

    private NgoViews() {}

    /**
     * Activity areas as forms offer them: the socially significant first, each group in the
     * alphabetical order of the page's language.
     */
    static List<Area> inOrder(List<Area> areas, CurrentLanguage language) {
        return areas.stream()
                .sorted(
                        Comparator.comparing((Area a) -> !a.sociallySignificant())
                                .thenComparing(language.order(Area::name)))
                .toList();
    }

    /** The regions' lines in the alphabetical order of the page's language, the nation's last. */
    static List<Counts> regionsInOrder(List<Counts> lines, CurrentLanguage language) {
        return lines.stream()
                .sorted(
                        Comparator.comparing((Counts c) -> c.regionCode() == null)
                                .thenComparing(language.order(Counts::regionName)))
                .toList();
    }

    static Summary summary(Ngo n, boolean eligible) {
        return new Summary(
                n.id(),
                n.name(),
                n.bin() == null ? null : n.bin().digits(),
                n.region().code(),
                n.region().name(),
                n.identity(),
                n.operating(),
                n.youthLed(),
                eligible);
    }

    static Details details(
            Ngo ngo,
            Eligibility.Verdict verdict,
            List<AnnualFiling> filings,
            List<NgoRepresentative> representatives) {
        return new Details(
                ngo.id(),
                ngo.name(),
                ngo.bin() == null ? null : ngo.bin().digits(),
                ngo.legalForm(),
                ngo.region().code(),
                ngo.region().name(),
                ngo.address(),
                ngo.registeredOn(),
                ngo.youthLed(),
                ngo.contactEmail(),
                ngo.contactPhone(),
                ngo.areas().stream()
                        .map(NgoViews::area)
                        .sorted(Comparator.comparing(Area::code))
                        .toList(),
                List.copyOf(ngo.languages()),
                List.copyOf(ngo.funding()),
                ngo.identity(),
                ngo.identityNote(),
                ngo.operating(),
                ngo.operatingNote(),
                verdict,
                filings.stream().map(NgoViews::filing).toList(),
                representatives.stream().map(NgoViews::representative).toList());
    }

    static Filing filing(AnnualFiling f) {
        return new Filing(
                f.id(),
                f.year(),
                f.filedOn(),
                f.reference(),
                f.receiptKey() != null,
                f.status(),
                f.decisionNote());
    }

    static Representative representative(NgoRepresentative r) {
        return new Representative(r.account().id(), r.account().displayName(), r.account().email());
    }

    static Area area(ActivityArea a) {
        return new Area(a.code(), a.name(), a.sociallySignificant());
    }

    static Counts counts(NgoCounts.Line l) {
        return new Counts(
                l.regionCode(),
                l.regionName(),
                l.registered(),
                l.verified(),
                l.eligible(),
                l.active());
    }

    static Policy policy(EligibilityPolicy policy) {
        MonthDay grace = policy.filingGraceUntil();
        return new Policy(
                policy.minMonthsRegistered(),
                String.format("%02d-%02d", grace.getMonthValue(), grace.getDayOfMonth()));
    }

    @Schema(name = "NgoSummary", description = "An NGO as lists show it.")
    public record Summary(
            long id,
            @Schema(description = "The NGO's name in Kazakh, Russian and English.")
                    LocalizedText name,
            @Schema(
                            description =
                                    "The 12-digit business identification number; null when"
                                            + " registered without one.",
                            nullable = true,
                            examples = "150540001233")
                    String bin,
            @Schema(description = "The region's ISO 3166-2 code.", examples = "KZ-71")
                    String regionCode,
            LocalizedText regionName,
            @Schema(description = "Whether staff have verified the NGO's identity.")
                    IdentityStatus identity,
            @Schema(description = "Whether the NGO operates, is suspended or liquidated.")
                    OperatingStatus operating,
            @Schema(description = "Led by young people.") boolean youthLed,
            @Schema(description = "Whether the NGO is eligible for programmes today.")
                    boolean eligible)
            implements Serializable {}

    @Schema(name = "NgoFiling", description = "One annual filing of an NGO.")
    public record Filing(
            long id,
            @Schema(description = "The year the filing reports on.") int year,
            @Schema(description = "The ISO date it was filed on.") LocalDate filedOn,
            @Schema(description = "The tax office's reference, if any.", nullable = true)
                    String reference,
            @Schema(description = "Whether a receipt (PDF) is attached.") boolean receipt,
            @Schema(description = "PENDING until staff verify or refuse it.") FilingStatus status,
            @Schema(description = "Staff's reason when refused.", nullable = true) String note)
            implements Serializable {}

    @Schema(name = "NgoRepresentative", description = "A person who represents an NGO.")
    public record Representative(
            @Schema(description = "The representative's account id.") long accountId,
            String name,
            String email)
            implements Serializable {}

    @Schema(name = "ActivityArea", description = "An area of activity.")
    public record Area(
            @Schema(description = "The area's code.", examples = "children-youth") String code,
            @Schema(description = "The area's name in Kazakh, Russian and English.")
                    LocalizedText name,
            @Schema(description = "Socially significant areas count for eligibility.")
                    boolean sociallySignificant)
            implements Serializable {}

    @Schema(name = "NgoDetails", description = "An NGO in full.")
    public record Details(
            long id,
            @Schema(description = "The NGO's name in Kazakh, Russian and English.")
                    LocalizedText name,
            @Schema(
                            description =
                                    "The 12-digit business identification number; null when"
                                            + " registered without one.",
                            nullable = true)
                    String bin,
            LegalForm legalForm,
            @Schema(description = "The region's ISO 3166-2 code.", examples = "KZ-71")
                    String regionCode,
            LocalizedText regionName,
            @Schema(description = "The NGO's legal address.") String address,
            @Schema(description = "The ISO date of its state registration.") LocalDate registeredOn,
            @Schema(description = "Led by young people.") boolean youthLed,
            String contactEmail,
            @Schema(nullable = true) String contactPhone,
            @Schema(description = "Its areas of activity, by code.") List<Area> areas,
            @Schema(description = "The languages it works in.") List<WorkingLanguage> languages,
            @Schema(description = "Where its money comes from.") List<FundingSource> funding,
            @Schema(description = "Whether staff have verified the NGO's identity.")
                    IdentityStatus identity,
            @Schema(description = "Staff's reason when the identity was refused.", nullable = true)
                    String identityNote,
            OperatingStatus operating,
            @Schema(description = "Staff's reason for the operating status.", nullable = true)
                    String operatingNote,
            @Schema(description = "Eligibility today, rule by rule.")
                    Eligibility.Verdict eligibility,
            @Schema(description = "Its annual filings, latest year first.") List<Filing> filings,
            List<Representative> representatives)
            implements Serializable {}

    /** Registered, identity verified, eligible and active NGOs of one region (or the country). */
    @Schema(name = "RegionNgoCounts", description = "One region's NGO figures.")
    public record Counts(
            @Schema(description = "The region's ISO 3166-2 code.", examples = "KZ-75")
                    String regionCode,
            @Schema(description = "The region's name in Kazakh, Russian and English.")
                    LocalizedText regionName,
            @Schema(description = "NGOs registered and not liquidated.") long registered,
            @Schema(description = "Of those, NGOs whose identity staff verified.") long verified,
            @Schema(description = "Of those, NGOs eligible today.") long eligible,
            @Schema(description = "Of those, NGOs with a verified filing for last year.")
                    long active)
            implements Serializable {}

    /** The country's figures: the sums of the regions'. */
    @Schema(
            name = "NationalNgoCounts",
            description = "The national NGO figures: the sums over all regions.")
    public record NationalCounts(
            @Schema(description = "NGOs registered and not liquidated.") long registered,
            @Schema(description = "Of those, NGOs whose identity staff verified.") long verified,
            @Schema(description = "Of those, NGOs eligible today.") long eligible,
            @Schema(description = "Of those, NGOs with a verified filing for last year.")
                    long active)
            implements Serializable {}

    /** Every region's line, and the nation's totals. */
    @Schema(name = "NgoCounts", description = "NGO figures per region and for the whole country.")
    public record CountTable(
            @Schema(description = "One line per region, in the regions' order.")
                    List<Counts> regions,
            @Schema(description = "The national totals.") NationalCounts nation)
            implements Serializable {}

    /** The policy's parameters as shown and edited. */
    @Schema(name = "EligibilityPolicy", description = "The eligibility policy's parameters.")
    public record Policy(
            @Schema(
                            description =
                                    "How many months an NGO must have been registered, 0 to 120.",
                            examples = "12")
                    int minMonthsRegistered,
            @Schema(
                            description =
                                    "The last day of the year (MM-DD) on which the year before"
                                            + " last's filing still counts when last year's is not"
                                            + " verified yet.",
                            pattern = "^[0-9]{2}-[0-9]{2}$",
                            examples = "03-31")
                    String filingGraceUntil)
            implements Serializable {}

    /** The table of figures: the regions' lines, and the national line apart. */
    static CountTable countTable(List<Counts> lines) {
        List<Counts> regions = lines.stream().filter(c -> c.regionCode() != null).toList();
        Counts nation =
                lines.stream()
                        .filter(c -> c.regionCode() == null)
                        .findFirst()
                        .orElseThrow(() -> new IllegalStateException("no national line"));
        return new CountTable(
                regions,
                new NationalCounts(
                        nation.registered(),
                        nation.verified(),
                        nation.eligible(),
                        nation.active()));
    }
}
