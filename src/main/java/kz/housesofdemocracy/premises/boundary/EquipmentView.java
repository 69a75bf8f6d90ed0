package kz.housesofdemocracy.premises.boundary;

import java.io.Serializable;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.premises.entity.Equipment;

public record EquipmentView(String code, LocalizedText name) implements Serializable {

    static EquipmentView of(Equipment equipment) {
        return new EquipmentView(equipment.code(), equipment.name());
    }
}
