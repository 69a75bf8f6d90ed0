package kz.housesofdemocracy.premises.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import kz.housesofdemocracy.access.boundary.CurrentCaller;
import kz.housesofdemocracy.platform.EntityId;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.platform.i18n.TextsForm;
import kz.housesofdemocracy.platform.web.FacesFeedback;
import kz.housesofdemocracy.platform.web.FacesRefusals;
import kz.housesofdemocracy.premises.control.PhotoProcessing;

/**
 * What the room and office pages share: an existing place ({@code ?id=}) or a new one in a House
 * ({@code ?house=}), the scope check on load, and photos with their alt texts.
 */
public abstract class PlaceEditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject protected PremisesAdministration administration;
    @Inject protected CurrentCaller caller;

    private String id;
    private String house;
    protected Long placeId;
    protected long houseId;
    protected HouseDetails houseDetails;
    private transient Part upload;
    private TextsForm alt = new TextsForm();
    private boolean loaded;

    /** The House id of an existing place, checked against the caller's scope. */
    protected abstract long houseOf(long placeId);

    /** Fills the form from the loaded House (for an existing place). */
    protected abstract void fill();

    protected abstract List<PhotoView> currentPhotos();

    protected abstract long addPhoto(byte[] image, LocalizedText altText);

    public void load() {
        if (loaded) {
            return;
        }
        try {
            if (id != null) {
                placeId =
                        EntityId.parse(id)
                                .orElseThrow(() -> Refusal.notFound("refusal.room.notFound", id));
                houseId = houseOf(placeId);
            } else {
                houseId =
                        EntityId.parse(house)
                                .orElseThrow(
                                        () -> Refusal.notFound("problem.house.notFound", house));
            }
            refresh();
            loaded = true;
        } catch (Refusal refusal) {
            FacesRefusals.sendError(refusal);
        }
    }

    protected void refresh() {
        houseDetails = administration.manageableHouse(caller.require(), houseId);
        if (placeId != null) {
            fill();
        }
    }

    protected void backToHouse(String noticeKey) throws IOException {
        FacesFeedback.infoAfterRedirect(noticeKey);
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/staff/house.xhtml?id=" + houseId);
    }

    public void uploadPhoto() {
        try {
            if (upload == null || upload.getSize() == 0) {
                throw Refusal.invalid("upload", "validation.photo.empty");
            }
            if (upload.getSize() > PhotoProcessing.MAX_BYTES) {
                throw Refusal.invalid(
                        "upload",
                        "validation.photo.tooBig",
                        PhotoProcessing.MAX_BYTES / (1024 * 1024));
            }
            byte[] image;
            try (InputStream in = upload.getInputStream()) {
                image = in.readAllBytes();
            }
            LocalizedText altText = alt.isEmpty() ? null : alt.toText();
            addPhoto(image, altText);
            alt = new TextsForm();
            FacesFeedback.info("photo.added");
            refresh();
        } catch (Refusal refusal) {
            FacesFeedback.refused(
                    refusal.fields().isEmpty() ? refusal : Refusal.invalid(renamed(refusal)),
                    "photos");
        } catch (IOException e) {
            FacesFeedback.error("validation.photo.unreadable");
        }
    }

    /** Problems about the image belong next to the file field. */
    private static List<Refusal.FieldProblem> renamed(Refusal refusal) {
        return refusal.fields().stream()
                .map(
                        f ->
                                f.field().equals("photo")
                                        ? new Refusal.FieldProblem("upload", f.key(), f.arguments())
                                        : f)
                .toList();
    }

    public void removePhoto(long photoId) {
        try {
            administration.removePhoto(caller.require(), photoId);
            FacesFeedback.info("photo.removed");
            refresh();
        } catch (Refusal refusal) {
            FacesFeedback.refused(refusal, "photos");
        }
    }

    public List<PhotoView> getPhotos() {
        return placeId == null ? List.of() : currentPhotos();
    }

    public boolean isNew() {
        return placeId == null;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getHouse() {
        return house;
    }

    public void setHouse(String house) {
        this.house = house;
    }

    public HouseDetails getHouseDetails() {
        return houseDetails;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }

    public TextsForm getAlt() {
        return alt;
    }
}
