package kz.housesofdemocracy.premises.boundary;

import java.util.List;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.premises.entity.Region;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A region as the outside world sees it, with the Houses it has (often none yet). */
@Schema(description = "A region of Kazakhstan, with the Houses it has (often none yet).")
public record RegionView(
        @Schema(description = "ISO 3166-2 code.", example = "KZ-71") String code,
        LocalizedText name,
        @Schema(description = "REGION (an oblys) or CITY (a city of republican significance).")
                Region.Kind kind,
        List<HouseSummary> houses) {

    public boolean hasHouse() {
        return !houses.isEmpty();
    }
}
