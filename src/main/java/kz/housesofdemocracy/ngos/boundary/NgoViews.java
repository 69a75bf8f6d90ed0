package kz.housesofdemocracy.ngos.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import kz.housesofdemocracy.ngos.control.Eligibility;
import kz.housesofdemocracy.ngos.entity.NgoEnums.FilingStatus;
import kz.housesofdemocracy.ngos.entity.NgoEnums.FundingSource;
import kz.housesofdemocracy.ngos.entity.NgoEnums.IdentityStatus;
import kz.housesofdemocracy.ngos.entity.NgoEnums.LegalForm;
import kz.housesofdemocracy.ngos.entity.NgoEnums.OperatingStatus;
import kz.housesofdemocracy.ngos.entity.NgoEnums.WorkingLanguage;
import kz.housesofdemocracy.platform.i18n.LocalizedText;

/** What the registry shows: NGOs in lists and in full, filings, counts, areas. */
public final class NgoViews {

    private NgoViews() {}

    public record Summary(
            long id,
            LocalizedText name,
            String bin,
            String regionCode,
            LocalizedText regionName,
            IdentityStatus identity,
            OperatingStatus operating,
            boolean youthLed,
            boolean eligible)
            implements Serializable {}

    public record Filing(
            long id,
            int year,
            LocalDate filedOn,
            String reference,
            boolean receipt,
            FilingStatus status,
            String note)
            implements Serializable {}

    public record Representative(long accountId, String name, String email)
            implements Serializable {}

    public record Area(String code, LocalizedText name, boolean sociallySignificant)
            implements Serializable {}

    public record Details(
            long id,
            LocalizedText name,
            String bin,
            LegalForm legalForm,
            String regionCode,
            LocalizedText regionName,
            String address,
            LocalDate registeredOn,
            boolean youthLed,
            String contactEmail,
            String contactPhone,
            List<Area> areas,
            List<WorkingLanguage> languages,
            List<FundingSource> funding,
            IdentityStatus identity,
            String identityNote,
            OperatingStatus operating,
            String operatingNote,
            Eligibility.Verdict eligibility,
            List<Filing> filings,
            List<Representative> representatives)
            implements Serializable {}

    /** Registered, identity verified, eligible and active NGOs of one region (or the country). */
    public record Counts(
            String regionCode,
            LocalizedText regionName,
            long registered,
            long verified,
            long eligible,
            long active)
            implements Serializable {}

    /** The policy's parameters as shown and edited. */
    public record Policy(int minMonthsRegistered, String filingGraceUntil)
            implements Serializable {}
}
