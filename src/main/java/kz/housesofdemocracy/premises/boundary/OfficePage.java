package kz.housesofdemocracy.premises.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.platform.i18n.TextsForm;
import kz.housesofdemocracy.platform.web.FacesFeedback;

/** Adding or editing an office: name, area, floor, monthly rent, available from, photos. */
@Named
@ViewScoped
public class OfficePage extends PlaceEditPage {

    private static final long serialVersionUID = 1L;

    private OfficeForm form = new OfficeForm();

    @Override
    protected long houseOf(long officeId) {
        return administration.houseOfOffice(caller.require(), officeId);
    }

    @Override
    protected void fill() {
        OfficeView office = current();
        form = new OfficeForm();
        form.setName(TextsForm.of(office.name()));
        form.setAreaSquareMetres(office.areaSquareMetres().stripTrailingZeros());
        form.setFloor(office.floor());
        form.setMonthlyRentKzt(office.monthlyRentKzt().stripTrailingZeros());
        form.setAvailableFrom(office.availableFrom());
        form.setHourlyRoomId(office.hourlyRoomId());
        form.setClosedOn(office.closedOn());
    }

    private OfficeView current() {
        return houseDetails.offices().stream()
                .filter(o -> o.id() == placeId)
                .findFirst()
                .orElseThrow();
    }

    @Override
    protected List<PhotoView> currentPhotos() {
        return current().photos();
    }

    @Override
    protected long addPhoto(byte[] image, LocalizedText alt) {
        return administration.addPhoto(caller.require(), null, placeId, image, alt);
    }

    public void save() throws IOException {
        try {
            if (isNew()) {
                administration.addOffice(caller.require(), houseId, form);
                backToHouse("office.added");
            } else {
                administration.updateOffice(caller.require(), placeId, form);
                backToHouse("office.saved");
            }
        } catch (Refusal refusal) {
            FacesFeedback.refused(refusal, "office");
        }
    }

    public OfficeForm getForm() {
        return form;
    }
}
