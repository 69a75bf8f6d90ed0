package kz.housesofdemocracy.ngos.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import kz.housesofdemocracy.ngos.entity.AnnualFiling;
import kz.housesofdemocracy.ngos.entity.NgoEnums.FilingStatus;
import kz.housesofdemocracy.platform.i18n.LocalizedText;

/** One line of the staff list of filings: the filing with its NGO and region named. */
public record FilingRow(
        long id,
        long ngoId,
        LocalizedText ngoName,
        String bin,
        String regionCode,
        LocalizedText regionName,
        int year,
        LocalDate filedOn,
        String reference,
        boolean receipt,
        FilingStatus status,
        String note)
        implements Serializable {

    static FilingRow of(AnnualFiling f) {
        var ngo = f.ngo();
        return new FilingRow(
                f.id(),
                ngo.id(),
                ngo.name(),
                ngo.bin() == null ? null : ngo.bin().digits(),
                ngo.region().code(),
                ngo.region().name(),
                f.year(),
                f.filedOn(),
                f.reference(),
                f.receiptKey() != null,
                f.status(),
                f.decisionNote());
    }
}
