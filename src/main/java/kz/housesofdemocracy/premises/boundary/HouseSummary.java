package kz.housesofdemocracy.premises.boundary;

import java.io.Serializable;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.premises.entity.House;

/** A House in a list: enough to name it and link to it. */
public record HouseSummary(
        long id,
        String regionCode,
        LocalizedText name,
        LocalizedText address,
        String timeZone,
        boolean open,
        int subsidyPercent)
        implements Serializable {

    static HouseSummary of(House house) {
        return new HouseSummary(
                house.id(),
                house.region().code(),
                house.name(),
                house.address(),
                house.timeZone().getId(),
                house.isOpen(),
                house.subsidyPercent());
    }
}
