package kz.housesofdemocracy.premises.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.housesofdemocracy.access.control.AccessPolicy;
import kz.housesofdemocracy.access.control.Action;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.access.control.Scope;
import kz.housesofdemocracy.audit.control.AuditTrail;
import kz.housesofdemocracy.audit.control.AuditTrail.Subject;
import kz.housesofdemocracy.platform.InputCheck;
import kz.housesofdemocracy.platform.Money;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.platform.i18n.TextChecks;
import kz.housesofdemocracy.platform.i18n.TextsForm;
import kz.housesofdemocracy.premises.control.FutureCommitments;
import kz.housesofdemocracy.premises.control.FutureCommitments.Commitment;
import kz.housesofdemocracy.premises.control.PhotoFiles;
import kz.housesofdemocracy.premises.control.PhotoProcessing;
import kz.housesofdemocracy.premises.control.PhotoStore;
import kz.housesofdemocracy.premises.control.PremisesRules;
import kz.housesofdemocracy.premises.entity.BookingRules;
import kz.housesofdemocracy.premises.entity.Capacity;
import kz.housesofdemocracy.premises.entity.DailyHours;
import kz.housesofdemocracy.premises.entity.Equipment;
import kz.housesofdemocracy.premises.entity.House;
import kz.housesofdemocracy.premises.entity.Office;
import kz.housesofdemocracy.premises.entity.Photo;
import kz.housesofdemocracy.premises.entity.Region;
import kz.housesofdemocracy.premises.entity.Room;
import kz.housesofdemocracy.premises.entity.RoomKind;

/**
 * Keeping the premises true: the national administrator opens and closes Houses; a House's managers
 * keep its week, rooms, offices, rates and photos. Every change is checked by the access policy
 * against the stored House, and audited with what it was before and after.
 */
@Stateless
public class PremisesAdministration {

    @PersistenceContext private EntityManager em;
    @Inject private Clock clock;
    @Inject private AuditTrail audit;
    @Inject private PhotoStore photos;
    @Inject private Instance<FutureCommitments> commitments;
    @Inject private Event<PhotoFiles.Removed> photoRemoved;

    // --- Houses

    public long openHouse(Caller caller, HouseForm form) {
        AccessPolicy.require(caller, Action.ADMINISTER_PREMISES, Scope.national());
        InputCheck check = InputCheck.start();
        Region region =
                form.getRegionCode() == null ? null : em.find(Region.class, form.getRegionCode());
        check.when(region == null, "regionCode", "validation.region.required");
        Values values = houseValues(check, form);
        check.orRefuse();
        House house =
                new House(
                        region,
                        values.name,
                        values.address,
                        form.getPhone(),
                        form.getEmail(),
                        values.zone,
                        values.week);
        em.persist(house);
        em.flush();
        audit.record(
                caller,
                "house.opened",
                Subject.of("house", house.id(), region.code()),
                "after: " + describe(house));
        return house.id();
    }

    public void updateHouse(Caller caller, long houseId, HouseForm form) {
        House house = manageable(caller, houseId);
        String before = describe(house);
        InputCheck check = InputCheck.start();
        Values values = houseValues(check, form);
        check.orRefuse();
        house.describe(values.name, values.address, form.getPhone(), form.getEmail(), values.zone);
        house.keepHours(values.week);
        audit.record(
                caller,
                "house.changed",
                Subject.of("house", house.id(), house.region().code()),
                "before: " + before + "; after: " + describe(house));
    }

    /**
     * Sets the share of the market value the state pays for bookings at a House (whole per cent,
     * 0–100; 100 by default). Bookings already made keep the figures they were made with.
     */
    public void setSubsidyShare(Caller caller, long houseId, Integer percent) {
        AccessPolicy.require(caller, Action.ADMINISTER_PREMISES, Scope.national());
        House house = house(houseId);
        InputCheck.start()
                .when(
                        percent == null || percent < 0 || percent > 100,
                        "percent",
                        "validation.percent")
                .orRefuse();
        int before = house.subsidyPercent();
        house.subsidise(java.math.BigDecimal.valueOf(percent).movePointLeft(2));
        audit.record(
                caller,
                "house.subsidyShare",
                Subject.of("house", house.id(), house.region().code()),
                before + "% → " + percent + "%");
    }

    /**
     * Sets a House's fair-use quotas per NGO: hours booked in a calendar month (1–10,000; an NGO
     * may use several rooms at once) and bookings ahead at once (1–1000). Its managers and the
     * administrator.
     */
    public void setQuotas(Caller caller, long houseId, Integer hoursPerMonth, Integer future) {
        House house = manageable(caller, houseId);
        InputCheck.start()
                .when(
                        hoursPerMonth == null || hoursPerMonth < 1 || hoursPerMonth > 10_000,
                        "hoursPerMonth",
                        "validation.quota.hours")
                .when(
                        future == null || future < 1 || future > 10_000,
                        "futureBookings",
                        "validation.quota.future")
                .orRefuse();
        String before = house.quotaHoursMonth() + " h/month, " + house.quotaFutureBookings();
        house.limit(hoursPerMonth, future);
        audit.record(
                caller,
                "house.quotas",
                Subject.of("house", house.id(), house.region().code()),
                before + " → " + hoursPerMonth + " h/month, " + future);
    }

    /** What still holds the House's rooms and offices in the future: shown before closing. */
    public List<Commitment> closingImpact(Caller caller, long houseId) {
        AccessPolicy.require(caller, Action.ADMINISTER_PREMISES, Scope.national());
        House house = house(houseId);
        Instant now = clock.instant();
        List<Commitment> all = new ArrayList<>();
        for (Room room : house.rooms()) {
            all.addAll(commitmentsOnRoom(room.id(), now));
        }
        for (Office office : house.offices()) {
            all.addAll(commitmentsOnOffice(office.id(), now));
        }
        all.sort(Comparator.comparing(Commitment::start));
        return all;
    }

    /** Closes a House: no new bookings or leases; nothing is deleted. */
    public void closeHouse(Caller caller, long houseId, String reason) {
        AccessPolicy.require(caller, Action.ADMINISTER_PREMISES, Scope.national());
        House house = house(houseId);
        InputCheck.start().text("reason", reason, 500).orRefuse();
        if (!house.isOpen()) {
            throw Refusal.conflict("house-closed", "refusal.house.closed");
        }
        house.close(clock.instant());
        audit.record(
                caller,
                "house.closed",
                Subject.of("house", house.id(), house.region().code()),
                reason.strip());
    }

    // --- rooms

    public long addRoom(Caller caller, long houseId, RoomForm form) {
        House house = manageable(caller, houseId);
        if (!house.isOpen()) {
            throw Refusal.conflict("house-closed", "refusal.house.closed");
        }
        InputCheck check = InputCheck.start();
        RoomValues v = roomValues(check, form);
        check.orRefuse();
        Room room =
                new Room(
                        house,
                        v.kind,
                        v.name,
                        v.capacity,
                        v.rate,
                        form.isStepFree(),
                        form.isNeedsApproval());
        room.update(
                v.kind,
                v.name,
                v.capacity,
                v.rate,
                form.isStepFree(),
                form.isNeedsApproval(),
                v.rules,
                v.equipment);
        em.persist(room);
        em.flush();
        audit.record(
                caller,
                "room.added",
                Subject.of("room", room.id(), house.region().code()),
                "after: " + describe(room));
        return room.id();
    }

    /**
     * Changes a room. A new rate applies to bookings made from now on; made ones keep their price.
     */
    public void updateRoom(Caller caller, long roomId, RoomForm form) {
        Room room = room(roomId);
        requireManage(caller, room.house());
        refuseRetired(room.isActive());
        String before = describe(room);
        InputCheck check = InputCheck.start();
        RoomValues v = roomValues(check, form);
        check.orRefuse();
        room.update(
                v.kind,
                v.name,
                v.capacity,
                v.rate,
                form.isStepFree(),
                form.isNeedsApproval(),
                v.rules,
                v.equipment);
        audit.record(
                caller,
                "room.changed",
                Subject.of("room", room.id(), room.house().region().code()),
                "before: " + before + "; after: " + describe(room));
    }

    /** Retires a room; refused, naming them, while future bookings or holds exist. */
    public void retireRoom(Caller caller, long roomId) {
        Room room = room(roomId);
        requireManage(caller, room.house());
        refuseRetired(room.isActive());
        refuseIfCommitted(commitmentsOnRoom(roomId, clock.instant()));
        room.retire(clock.instant());
        audit.record(
                caller,
                "room.retired",
                Subject.of("room", room.id(), room.house().region().code()),
                describe(room));
    }

    // --- offices

    public long addOffice(Caller caller, long houseId, OfficeForm form) {
        House house = manageable(caller, houseId);
        if (!house.isOpen()) {
            throw Refusal.conflict("house-closed", "refusal.house.closed");
        }
        InputCheck check = InputCheck.start();
        OfficeValues v = officeValues(check, form);
        check.orRefuse();
        Office office = new Office(house, v.name, v.area, v.floor, v.rent, v.availableFrom);
        office.offerByTheHourAs(hourlyRoom(house, form.getHourlyRoomId()));
        em.persist(office);
        em.flush();
        audit.record(
                caller,
                "office.added",
                Subject.of("office", office.id(), house.region().code()),
                "after: " + describe(office));
        return office.id();
    }

    public void updateOffice(Caller caller, long officeId, OfficeForm form) {
        Office office = office(officeId);
        requireManage(caller, office.house());
        refuseRetired(office.isActive());
        String before = describe(office);
        InputCheck check = InputCheck.start();
        OfficeValues v = officeValues(check, form);
        check.orRefuse();
        office.update(v.name, v.area, v.floor, v.rent, v.availableFrom);
        office.offerByTheHourAs(hourlyRoom(office.house(), form.getHourlyRoomId()));
        audit.record(
                caller,
                "office.changed",
                Subject.of("office", office.id(), office.house().region().code()),
                "before: " + before + "; after: " + describe(office));
    }

    public void retireOffice(Caller caller, long officeId) {
        Office office = office(officeId);
        requireManage(caller, office.house());
        refuseRetired(office.isActive());
        refuseIfCommitted(commitmentsOnOffice(officeId, clock.instant()));
        office.retire(clock.instant());
        audit.record(
                caller,
                "office.retired",
                Subject.of("office", office.id(), office.house().region().code()),
                describe(office));
    }

    // --- photos

    /** Adds a photo to a room or office (exactly one of the ids); at most five each. */
    public long addPhoto(
            Caller caller, Long roomId, Long officeId, byte[] upload, LocalizedText alt) {
        Room room = roomId == null ? null : room(roomId);
        Office office = officeId == null ? null : office(officeId);
        House house = room != null ? room.house() : office.house();
        requireManage(caller, house);
        long existing =
                room != null
                        ? em.createQuery(
                                        "SELECT COUNT(p) FROM Photo p WHERE p.room = :room",
                                        Long.class)
                                .setParameter("room", room)
                                .getSingleResult()
                        : em.createQuery(
                                        "SELECT COUNT(p) FROM Photo p WHERE p.office = :office",
                                        Long.class)
                                .setParameter("office", office)
                                .getSingleResult();
        if (existing >= Photo.MAX_PER_PLACE) {
            throw Refusal.invalid("photo", "validation.photo.tooMany", Photo.MAX_PER_PLACE);
        }
        PhotoProcessing.Processed processed = PhotoProcessing.process(upload);
        String key = photos.save(processed.jpeg());
        Instant now = clock.instant();
        int position = (int) existing + 1;
        Photo photo =
                room != null
                        ? Photo.ofRoom(
                                room,
                                position,
                                key,
                                "image/jpeg",
                                processed.width(),
                                processed.height(),
                                processed.jpeg().length,
                                alt,
                                now)
                        : Photo.ofOffice(
                                office,
                                position,
                                key,
                                "image/jpeg",
                                processed.width(),
                                processed.height(),
                                processed.jpeg().length,
                                alt,
                                now);
        em.persist(photo);
        em.flush();
        audit.record(
                caller,
                "photo.added",
                Subject.of("photo", photo.id(), house.region().code()),
                (room != null ? "room " + room.id() : "office " + office.id())
                        + ", "
                        + processed.width()
                        + "×"
                        + processed.height());
        return photo.id();
    }

    public void removePhoto(Caller caller, long photoId) {
        Photo photo = em.find(Photo.class, photoId);
        if (photo == null) {
            throw Refusal.notFound("refusal.photo.notFound");
        }
        requireManage(caller, photo.house());
        em.remove(photo);
        photoRemoved.fire(new PhotoFiles.Removed(photo.storageKey()));
        audit.record(
                caller,
                "photo.removed",
                Subject.of("photo", photoId, photo.house().region().code()),
                null);
    }

    // --- equipment (national list)

    public void saveEquipment(Caller caller, String code, TextsForm name) {
        AccessPolicy.require(caller, Action.ADMINISTER_PREMISES, Scope.national());
        InputCheck check = InputCheck.start();
        check.when(
                code == null || !code.matches("[a-z][a-z0-9-]{1,39}"),
                "code",
                "validation.equipment.code");
        LocalizedText text =
                TextChecks.texts(
                        check,
                        "name",
                        name == null ? null : name.getKk(),
                        name == null ? null : name.getRu(),
                        name == null ? null : name.getEn(),
                        120);
        check.orRefuse();
        Equipment existing = em.find(Equipment.class, code);
        if (existing == null) {
            em.persist(new Equipment(code, text));
            audit.record(
                    caller,
                    "equipment.added",
                    Subject.of("equipment", code, null),
                    TextChecks.audit(text));
        } else {
            String before = TextChecks.audit(existing.name());
            existing.rename(text);
            audit.record(
                    caller,
                    "equipment.renamed",
                    Subject.of("equipment", code, null),
                    "before: " + before + "; after: " + TextChecks.audit(text));
        }
    }

    // --- what staff pages load, after the scope check

    @Inject private Premises premises;

    /** A House with its retired rooms and offices, for someone who may manage it. */
    public HouseDetails manageableHouse(Caller caller, long houseId) {
        manageable(caller, houseId);
        return premises.houseWithHistory(houseId).orElseThrow();
    }

    /** The House of a room (the room's own House, never one named in the request). */
    public long houseOfRoom(Caller caller, long roomId) {
        Room room = room(roomId);
        requireManage(caller, room.house());
        return room.house().id();
    }

    public long houseOfOffice(Caller caller, long officeId) {
        Office office = office(officeId);
        requireManage(caller, office.house());
        return office.house().id();
    }

    // --- helpers

    private House manageable(Caller caller, long houseId) {
        House house = house(houseId);
        requireManage(caller, house);
        return house;
    }

    private static void requireManage(Caller caller, House house) {
        AccessPolicy.require(
                caller, Action.MANAGE_HOUSE, Scope.house(house.id(), house.region().code()));
    }

    private House house(long id) {
        House house = em.find(House.class, id);
        if (house == null) {
            throw Refusal.notFound("problem.house.notFound", id);
        }
        return house;
    }

    private Room room(long id) {
        Room room = em.find(Room.class, id);
        if (room == null) {
            throw Refusal.notFound("refusal.room.notFound", id);
        }
        return room;
    }

    private Office office(long id) {
        Office office = em.find(Office.class, id);
        if (office == null) {
            throw Refusal.notFound("refusal.office.notFound", id);
        }
        return office;
    }

    private static void refuseRetired(boolean active) {
        if (!active) {
            throw Refusal.conflict("retired", "refusal.retired");
        }
    }

    private List<Commitment> commitmentsOnRoom(long roomId, Instant now) {
        List<Commitment> all = new ArrayList<>();
        commitments.forEach(c -> all.addAll(c.onRoom(roomId, now)));
        return all;
    }

    private List<Commitment> commitmentsOnOffice(long officeId, Instant now) {
        List<Commitment> all = new ArrayList<>();
        commitments.forEach(c -> all.addAll(c.onOffice(officeId, now)));
        return all;
    }

    /**
     * Refuses with the count and the list of what is in the way ("booking #12 2026-12-03 10:00").
     */
    private static void refuseIfCommitted(List<Commitment> found) {
        if (!found.isEmpty()) {
            String which =
                    found.stream()
                            .sorted(Comparator.comparing(Commitment::start))
                            .limit(10)
                            .map(
                                    c ->
                                            c.kind()
                                                    + " "
                                                    + c.reference()
                                                    + " "
                                                    + java.time.format.DateTimeFormatter.ofPattern(
                                                                    "yyyy-MM-dd HH:mm")
                                                            .format(
                                                                    c.start()
                                                                            .atZone(
                                                                                    java.time.ZoneId
                                                                                            .of(
                                                                                                    "Asia/Almaty"))))
                            .reduce((a, b) -> a + ", " + b)
                            .orElse("");
            throw Refusal.conflict(
                    "still-committed", "refusal.retire.committed", found.size(), which);
        }
    }

    private record Values(
            LocalizedText name,
            LocalizedText address,
            java.time.ZoneId zone,
            List<DailyHours> week) {}

    private static Values houseValues(InputCheck check, HouseForm form) {
        TextsForm name = form.getName() == null ? new TextsForm() : form.getName();
        TextsForm address = form.getAddress() == null ? new TextsForm() : form.getAddress();
        LocalizedText n =
                TextChecks.texts(check, "name", name.getKk(), name.getRu(), name.getEn(), 200);
        LocalizedText a =
                TextChecks.texts(
                        check, "address", address.getKk(), address.getRu(), address.getEn(), 300);
        check.optionalText("phone", form.getPhone(), 30);
        if (form.getEmail() != null && !form.getEmail().isBlank()) {
            check.email("email", form.getEmail());
        }
        var zone = PremisesRules.timeZone(check, form.getTimeZone());
        List<String[]> days = new ArrayList<>();
        if (form.getOpeningHours() != null) {
            for (HouseForm.DayForm day : form.getOpeningHours()) {
                if (day != null && day.isOpen()) {
                    days.add(new String[] {day.getDay(), day.getOpens(), day.getCloses()});
                }
            }
        }
        List<DailyHours> week = PremisesRules.week(check, days);
        return new Values(n, a, zone, week);
    }

    private record RoomValues(
            RoomKind kind,
            LocalizedText name,
            Capacity capacity,
            Money rate,
            BookingRules rules,
            Set<Equipment> equipment) {}

    private RoomValues roomValues(InputCheck check, RoomForm form) {
        TextsForm name = form.getName() == null ? new TextsForm() : form.getName();
        RoomKind kind = PremisesRules.kind(check, form.getKind());
        LocalizedText n =
                TextChecks.texts(check, "name", name.getKk(), name.getRu(), name.getEn(), 200);
        Capacity capacity = PremisesRules.capacity(check, form.getCapacity());
        var rate =
                PremisesRules.amount(
                        check, "hourlyRateKzt", form.getHourlyRateKzt(), PremisesRules.MAX_RATE);
        BookingRules rules =
                PremisesRules.bookingRules(
                        check,
                        form.getMinMinutes(),
                        form.getMaxMinutes(),
                        form.getHorizonDays(),
                        form.getNoticeMinutes());
        Set<Equipment> equipment = new LinkedHashSet<>();
        if (form.getEquipment() != null) {
            for (String code : form.getEquipment()) {
                Equipment item = code == null ? null : em.find(Equipment.class, code);
                if (item == null) {
                    check.problem("equipment", "validation.room.equipment", code);
                } else {
                    equipment.add(item);
                }
            }
        }
        return new RoomValues(
                kind, n, capacity, rate == null ? null : Money.tenge(rate), rules, equipment);
    }

    private record OfficeValues(
            LocalizedText name,
            java.math.BigDecimal area,
            int floor,
            Money rent,
            LocalDate availableFrom) {}

    /** The room an office is offered as by the hour: one of its own House's active rooms. */
    private Room hourlyRoom(House house, Long roomId) {
        if (roomId == null) {
            return null;
        }
        Room room = em.find(Room.class, roomId);
        if (room == null || !room.isActive() || !room.house().id().equals(house.id())) {
            throw Refusal.invalid("hourlyRoomId", "validation.office.hourlyRoom");
        }
        return room;
    }

    private static OfficeValues officeValues(InputCheck check, OfficeForm form) {
        TextsForm name = form.getName() == null ? new TextsForm() : form.getName();
        LocalizedText n =
                TextChecks.texts(check, "name", name.getKk(), name.getRu(), name.getEn(), 200);
        var area = PremisesRules.area(check, form.getAreaSquareMetres());
        Integer floor = PremisesRules.floor(check, form.getFloor());
        var rent =
                PremisesRules.amount(
                        check, "monthlyRentKzt", form.getMonthlyRentKzt(), PremisesRules.MAX_RATE);
        check.present("availableFrom", form.getAvailableFrom());
        return new OfficeValues(
                n,
                area,
                floor == null ? 0 : floor,
                rent == null ? null : Money.tenge(rent),
                form.getAvailableFrom());
    }

    private static String describe(House h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", TextChecks.audit(h.name()));
        m.put("address", TextChecks.audit(h.address()));
        m.put("phone", h.phone());
        m.put("email", h.email());
        m.put("timeZone", h.timeZone().getId());
        m.put("week", h.openingHours().perWeek().toMinutes() + " min");
        return m.toString();
    }

    private static String describe(Room r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", r.kind());
        m.put("name", TextChecks.audit(r.name()));
        m.put("capacity", r.capacity().people());
        m.put("rate", r.hourlyRate().amount().toPlainString());
        m.put("stepFree", r.stepFree());
        m.put("needsApproval", r.needsApproval());
        m.put("rules", r.rules());
        m.put("equipment", r.equipment().stream().map(Equipment::code).toList());
        return m.toString();
    }

    private static String describe(Office o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", TextChecks.audit(o.name()));
        m.put("area", o.areaSquareMetres().toPlainString());
        m.put("floor", o.floor());
        m.put("rent", o.monthlyRent().amount().toPlainString());
        m.put("availableFrom", o.availableFrom());
        return m.toString();
    }
}
