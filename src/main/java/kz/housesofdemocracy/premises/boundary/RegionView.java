package kz.housesofdemocracy.premises.boundary;

import java.util.List;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.premises.entity.Region;

/** A region as the outside world sees it, with the Houses it has (often none yet). */
public record RegionView(
        String code, LocalizedText name, Region.Kind kind, List<HouseSummary> houses) {

    public boolean hasHouse() {
        return !houses.isEmpty();
    }
}
