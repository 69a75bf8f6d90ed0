package kz.housesofdemocracy.premises.boundary;

import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.premises.entity.Equipment;

public record EquipmentView(String code, LocalizedText name) {

    static EquipmentView of(Equipment equipment) {
        return new EquipmentView(equipment.code(), equipment.name());
    }
}
