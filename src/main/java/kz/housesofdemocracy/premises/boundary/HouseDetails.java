package kz.housesofdemocracy.premises.boundary;

import java.io.Serializable;
import java.util.List;
import kz.housesofdemocracy.platform.i18n.LocalizedText;

/** A House with everything its page shows. */
public record HouseDetails(
        long id,
        String regionCode,
        LocalizedText regionName,
        LocalizedText name,
        LocalizedText address,
        String phone,
        String email,
        String timeZone,
        boolean open,
        int subsidyPercent,
        int quotaHoursMonth,
        int quotaFutureBookings,
        List<OpeningDay> openingHours,
        List<RoomView> rooms,
        List<OfficeView> offices)
        implements Serializable {}
