package kz.housesofdemocracy.premises.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.premises.entity.Office;

public record OfficeView(
        long id,
        LocalizedText name,
        BigDecimal areaSquareMetres,
        int floor,
        BigDecimal monthlyRentKzt,
        LocalDate availableFrom,
        boolean active,
        List<PhotoView> photos,
        Long hourlyRoomId)
        implements Serializable {

    static OfficeView of(Office office, List<PhotoView> photos) {
        return new OfficeView(
                office.id(),
                office.name(),
                office.areaSquareMetres(),
                office.floor(),
                office.monthlyRent().amount(),
                office.availableFrom(),
                office.isActive(),
                photos,
                office.hourlyRoom() == null ? null : office.hourlyRoom().id());
    }
}
