package kz.housesofdemocracy.premises.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.TextsForm;
import kz.housesofdemocracy.platform.web.FacesFeedback;

/** The administrator's equipment list: add an item or rename one, in three languages. */
@Named
@ViewScoped
public class EquipmentPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private Premises premises;
    @Inject private PremisesAdministration administration;
    @Inject private CurrentCaller caller;

    private String code;
    private TextsForm name = new TextsForm();

    public void edit(EquipmentView item) {
        code = item.code();
        name = TextsForm.of(item.name());
    }

    public void save() {
        try {
            administration.saveEquipment(caller.require(), code, name);
            FacesFeedback.info("equipment.saved");
            code = null;
            name = new TextsForm();
        } catch (Refusal refusal) {
            FacesFeedback.refused(refusal, "equipment");
        }
    }

    public List<EquipmentView> getItems() {
        return premises.equipment();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public TextsForm getName() {
        return name;
    }
}
