package kz.housesofdemocracy.imports.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import kz.housesofdemocracy.platform.i18n.TextsForm;
import kz.housesofdemocracy.premises.control.PremisesInput;
import kz.housesofdemocracy.premises.entity.BookingRules;

/** A row as the room form the pages and REST bind to. */
record RoomRowsForm(
        String kind,
        TextsForm name,
        Integer capacity,
        BigDecimal rate,
        boolean stepFree,
        boolean needsApproval,
        BookingRules rules,
        List<String> equipment)
        implements PremisesInput.RoomFields {

    @Override
    public String getKind() {
        return kind;
    }

    @Override
    public TextsForm getName() {
        return name;
    }

    @Override
    public Integer getCapacity() {
        return capacity;
    }

    @Override
    public List<String> getEquipment() {
        return equipment;
    }

    @Override
    public boolean isStepFree() {
        return stepFree;
    }

    @Override
    public BigDecimal getHourlyRateKzt() {
        return rate;
    }

    @Override
    public boolean isNeedsApproval() {
        return needsApproval;
    }

    @Override
    public Integer getMinMinutes() {
        return rules.minMinutes();
    }

    @Override
    public Integer getMaxMinutes() {
        return rules.maxMinutes();
    }

    @Override
    public Integer getHorizonDays() {
        return rules.horizonDays();
    }

    @Override
    public Integer getNoticeMinutes() {
        return rules.noticeMinutes();
    }

    @Override
    public LocalDate getOpenedOn() {
        return null;
    }

    @Override
    public LocalDate getClosedOn() {
        return null;
    }
}
