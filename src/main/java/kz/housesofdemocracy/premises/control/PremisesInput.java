package kz.housesofdemocracy.premises.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kz.housesofdemocracy.platform.InputCheck;
import kz.housesofdemocracy.platform.Money;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.platform.i18n.TextChecks;
import kz.housesofdemocracy.platform.i18n.TextsForm;
import kz.housesofdemocracy.premises.entity.BookingRules;
import kz.housesofdemocracy.premises.entity.Capacity;
import kz.housesofdemocracy.premises.entity.DailyHours;
import kz.housesofdemocracy.premises.entity.Equipment;
import kz.housesofdemocracy.premises.entity.House;
import kz.housesofdemocracy.premises.entity.Office;
import kz.housesofdemocracy.premises.entity.Region;
import kz.housesofdemocracy.premises.entity.Room;
import kz.housesofdemocracy.premises.entity.RoomKind;

/**
 * What people type about a House, room or office, checked all at once ({@link PremisesRules} for
 * each field) and turned into the values the entities take. The forms pages and REST bind to
 * implement the {@code …Fields} interfaces.
 */
@ApplicationScoped
public class PremisesInput {

    @Inject private PremisesQueries queries;

    /** What opening or editing a House asks for. */
    public interface HouseFields {
        TextsForm getName();

        TextsForm getAddress();

        String getPhone();

        String getEmail();

        String getTimeZone();

        /** The days marked open, each as {day, opens, closes}. */
        List<String[]> openDays();

        /** The first day it counts; null: today for a new House, unchanged for an existing one. */
        LocalDate getOpenedOn();

        /** The day it stops counting; null: none. */
        LocalDate getClosedOn();
    }

    /** What adding or editing a room asks for. */
    public interface RoomFields {
        String getKind();

        TextsForm getName();

        Integer getCapacity();

        List<String> getEquipment();

        boolean isStepFree();

        BigDecimal getHourlyRateKzt();

        boolean isNeedsApproval();

        Integer getMinMinutes();

        Integer getMaxMinutes();

        Integer getHorizonDays();

        Integer getNoticeMinutes();

        /** The first day it counts; null: today for a new room, unchanged for an existing one. */
        LocalDate getOpenedOn();

        /** The day it stops counting; null: none. */
        LocalDate getClosedOn();
    }

    /** What adding or editing an office asks for. */
    public interface OfficeFields {
        TextsForm getName();

        BigDecimal getAreaSquareMetres();

        Integer getFloor();

        BigDecimal getMonthlyRentKzt();

        LocalDate getAvailableFrom();

        /** The day it stops counting; null: none. */
        LocalDate getClosedOn();
    }

    /** A House's description and week, checked. */
    public record HouseInput(
            LocalizedText name,
            LocalizedText address,
            String phone,
            String email,
            ZoneId zone,
            List<DailyHours> week) {

        public House newHouse(Region region) {
            return new House(region, name, address, phone, email, zone, week);
        }

        public void applyTo(House house) {
            house.describe(name, address, phone, email, zone);
            house.keepHours(week);
        }
    }

    /** A room's description, rate and rules, checked. */
    public record RoomInput(
            RoomKind kind,
            LocalizedText name,
            Capacity capacity,
            Money rate,
            boolean stepFree,
            boolean needsApproval,
            BookingRules rules,
            Set<Equipment> equipment) {

        public Room newRoom(House house) {
            Room room = new Room(house, kind, name, capacity, rate, stepFree, needsApproval);
            applyTo(room);
            return room;
        }

        public void applyTo(Room room) {
            room.update(kind, name, capacity, rate, stepFree, needsApproval, rules, equipment);
        }
    }

    /** An office's description and rent, checked. */
    public record OfficeInput(
            LocalizedText name, BigDecimal area, int floor, Money rent, LocalDate availableFrom) {

        public Office newOffice(House house) {
            return new Office(house, name, area, floor, rent, availableFrom);
        }

        public void applyTo(Office office) {
            office.update(name, area, floor, rent, availableFrom);
        }
    }

    /** The region a new House opens in; refused as a field problem when missing or unknown. */
    public Region region(InputCheck check, String code) {
        Region region = queries.regionOrNull(code);
        check.when(region == null, "regionCode", "validation.region.required");
        return region;
    }

    public HouseInput house(InputCheck check, HouseFields form) {
        TextsForm name = orEmpty(form.getName());
        TextsForm address = orEmpty(form.getAddress());
        LocalizedText n =
                TextChecks.texts(check, "name", name.getKk(), name.getRu(), name.getEn(), 200);
        LocalizedText a =
                TextChecks.texts(
                        check, "address", address.getKk(), address.getRu(), address.getEn(), 300);
        check.optionalText("phone", form.getPhone(), 30);
        if (form.getEmail() != null && !form.getEmail().isBlank()) {
            check.email("email", form.getEmail());
        }
        ZoneId zone = PremisesRules.timeZone(check, form.getTimeZone());
        List<DailyHours> week = PremisesRules.week(check, form.openDays());
        return new HouseInput(n, a, form.getPhone(), form.getEmail(), zone, week);
    }

    public RoomInput room(InputCheck check, RoomFields form) {
        TextsForm name = orEmpty(form.getName());
        RoomKind kind = PremisesRules.kind(check, form.getKind());
        LocalizedText n =
                TextChecks.texts(check, "name", name.getKk(), name.getRu(), name.getEn(), 200);
        Capacity capacity = PremisesRules.capacity(check, form.getCapacity());
        BigDecimal rate =
                PremisesRules.amount(
                        check, "hourlyRateKzt", form.getHourlyRateKzt(), PremisesRules.MAX_RATE);
        BookingRules rules =
                PremisesRules.bookingRules(
                        check,
                        form.getMinMinutes(),
                        form.getMaxMinutes(),
                        form.getHorizonDays(),
                        form.getNoticeMinutes());
        Set<Equipment> equipment = equipment(check, form.getEquipment());
        return new RoomInput(
                kind,
                n,
                capacity,
                rate == null ? null : Money.tenge(rate),
                form.isStepFree(),
                form.isNeedsApproval(),
                rules,
                equipment);
    }

    public static OfficeInput office(InputCheck check, OfficeFields form) {
        TextsForm name = orEmpty(form.getName());
        LocalizedText n =
                TextChecks.texts(check, "name", name.getKk(), name.getRu(), name.getEn(), 200);
        BigDecimal area = PremisesRules.area(check, form.getAreaSquareMetres());
        Integer floor = PremisesRules.floor(check, form.getFloor());
        BigDecimal rent =
                PremisesRules.amount(
                        check, "monthlyRentKzt", form.getMonthlyRentKzt(), PremisesRules.MAX_RATE);
        check.present("availableFrom", form.getAvailableFrom());
        return new OfficeInput(
                n,
                area,
                floor == null ? 0 : floor,
                rent == null ? null : Money.tenge(rent),
                form.getAvailableFrom());
    }

    /** The room an office is offered as by the hour: one of its own House's active rooms. */
    public Room hourlyRoom(House house, Long roomId) {
        if (roomId == null) {
            return null;
        }
        Room room = queries.findRoom(roomId).orElse(null);
        if (room == null || !room.isActive() || !room.house().id().equals(house.id())) {
            throw Refusal.invalid("hourlyRoomId", "validation.office.hourlyRoom");
        }
        return room;
    }

    /** An item's code (lower-case letters, digits, dashes) and its name in three languages. */
    public static LocalizedText equipmentName(InputCheck check, String code, TextsForm name) {
        check.when(
                code == null || !code.matches("[a-z][a-z0-9-]{1,39}"),
                "code",
                "validation.equipment.code");
        return TextChecks.texts(
                check,
                "name",
                name == null ? null : name.getKk(),
                name == null ? null : name.getRu(),
                name == null ? null : name.getEn(),
                120);
    }

    private Set<Equipment> equipment(InputCheck check, List<String> codes) {
        Set<Equipment> equipment = new LinkedHashSet<>();
        if (codes != null) {
            for (String code : codes) {
                Equipment item = queries.equipmentOrNull(code);
                if (item == null) {
                    check.problem("equipment", "validation.room.equipment", code);
                } else {
                    equipment.add(item);
                }
            }
        }
        return equipment;
    }

    private static TextsForm orEmpty(TextsForm texts) {
        return texts == null ? new TextsForm() : texts;
    }
}
