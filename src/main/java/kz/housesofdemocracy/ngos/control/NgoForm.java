package kz.housesofdemocracy.ngos.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kz.housesofdemocracy.platform.i18n.TextsForm;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What registering an NGO asks for; the page binds to it and REST reads it from JSON. */
@Schema(name = "NgoForm", description = "An NGO to register.")
public class NgoForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Schema(description = "The NGO's name in Kazakh, Russian and English (at least one).")
    private TextsForm name = new TextsForm();

    @Schema(
            description =
                    "The 12-digit business identification number, checked by its check digit;"
                            + " its registration month is read from it. Ignored with noBin.",
            examples = "150540001233")
    private String bin;

    @Schema(description = "true to register without a BIN: staff then check the NGO by hand.")
    private boolean noBin;

    @Schema(
            description =
                    "The ISO date of state registration; only (and then required) with noBin.")
    private LocalDate registeredOn;

    @Schema(
            description = "The legal form.",
            enumeration = {
                "PUBLIC_ASSOCIATION",
                "PUBLIC_FOUNDATION",
                "ASSOCIATION_OR_UNION",
                "PRIVATE_INSTITUTION",
                "OTHER"
            })
    private String legalForm;

    @Schema(description = "The region's ISO 3166-2 code.", examples = "KZ-71")
    private String regionCode;

    @Schema(description = "The legal address, at most 300 characters.")
    private String address;

    @Schema(description = "Activity area codes (GET /api/activity-areas).")
    private List<String> areas = new ArrayList<>();

    @Schema(description = "Working languages, at least one: KK, RU, EN, OTHER.")
    private List<String> languages = new ArrayList<>();

    @Schema(description = "Led by young people.")
    private boolean youthLed;

    @Schema(
            description =
                    "Funding sources, at least one: STATE, INTERNATIONAL_DONORS, BUSINESS,"
                            + " MEMBERS_FEES, OTHER.")
    private List<String> funding = new ArrayList<>();

    @Schema(description = "The NGO's contact e-mail address.")
    private String contactEmail;

    @Schema(description = "A contact phone number, at most 30 characters.")
    private String contactPhone;

    public TextsForm getName() {
        return name;
    }

    public void setName(TextsForm name) {
        this.name = name;
    }

    public String getBin() {
        return bin;
    }

    public void setBin(String bin) {
        this.bin = bin;
    }

    public boolean isNoBin() {
        return noBin;
    }

    public void setNoBin(boolean noBin) {
        this.noBin = noBin;
    }

    public LocalDate getRegisteredOn() {
        return registeredOn;
    }

    public void setRegisteredOn(LocalDate registeredOn) {
        this.registeredOn = registeredOn;
    }

    public String getLegalForm() {
        return legalForm;
    }

    public void setLegalForm(String legalForm) {
        this.legalForm = legalForm;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public List<String> getAreas() {
        return areas;
    }

    public void setAreas(List<String> areas) {
        this.areas = areas;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages;
    }

    public boolean isYouthLed() {
        return youthLed;
    }

    public void setYouthLed(boolean youthLed) {
        this.youthLed = youthLed;
    }

    public List<String> getFunding() {
        return funding;
    }

    public void setFunding(List<String> funding) {
        this.funding = funding;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }
}
