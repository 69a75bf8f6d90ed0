package kz.housesofdemocracy.ngos.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kz.housesofdemocracy.platform.i18n.TextsForm;

/** What registering an NGO asks for; the page binds to it and REST reads it from JSON. */
public class NgoForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private TextsForm name = new TextsForm();
    private String bin;
    private boolean noBin;
    private LocalDate registeredOn;
    private String legalForm;
    private String regionCode;
    private String address;
    private List<String> areas = new ArrayList<>();
    private List<String> languages = new ArrayList<>();
    private boolean youthLed;
    private List<String> funding = new ArrayList<>();
    private String contactEmail;
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
