package kz.housesofdemocracy.premises.boundary;

import java.io.Serializable;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.premises.entity.Equipment;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An item of equipment a room can offer.")
public record EquipmentView(
        @Schema(description = "Its stable code.", example = "projector") String code,
        LocalizedText name)
        implements Serializable {

    static EquipmentView of(Equipment equipment) {
        return new EquipmentView(equipment.code(), equipment.name());
    }
}
