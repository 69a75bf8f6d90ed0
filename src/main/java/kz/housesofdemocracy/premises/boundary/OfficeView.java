package kz.housesofdemocracy.premises.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.premises.entity.Office;

public record OfficeView(
        long id,
        LocalizedText name,
        BigDecimal areaSquareMetres,
        int floor,
        BigDecimal monthlyRentKzt,
        LocalDate availableFrom) {

    static OfficeView of(Office office) {
        return new OfficeView(
                office.id(),
                office.name(),
                office.areaSquareMetres(),
                office.floor(),
                office.monthlyRent().amount(),
                office.availableFrom());
    }
}
