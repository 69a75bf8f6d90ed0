package kz.housesofdemocracy.premises.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import kz.housesofdemocracy.access.control.AccessPolicy;
import kz.housesofdemocracy.access.control.Action;
import kz.housesofdemocracy.access.control.Caller;
import kz.housesofdemocracy.access.control.Scope;
import kz.housesofdemocracy.audit.control.AuditTrail;
import kz.housesofdemocracy.audit.control.AuditTrail.Subject;
import kz.housesofdemocracy.platform.InputCheck;
import kz.housesofdemocracy.platform.OpenTimeChanged;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.platform.i18n.TextChecks;
import kz.housesofdemocracy.platform.i18n.TextsForm;
import kz.housesofdemocracy.premises.control.AuditDescriptions;
import kz.housesofdemocracy.premises.control.FutureCommitments.Commitment;
import kz.housesofdemocracy.premises.control.PhotoUploads;
import kz.housesofdemocracy.premises.control.PremisesCommitments;
import kz.housesofdemocracy.premises.control.PremisesInput;
import kz.housesofdemocracy.premises.control.PremisesInput.HouseInput;
import kz.housesofdemocracy.premises.control.PremisesInput.OfficeInput;
import kz.housesofdemocracy.premises.control.PremisesInput.RoomInput;
import kz.housesofdemocracy.premises.control.PremisesQueries;
import kz.housesofdemocracy.premises.entity.DailyHours;
import kz.housesofdemocracy.premises.entity.Equipment;
import kz.housesofdemocracy.premises.entity.House;
import kz.housesofdemocracy.premises.entity.Office;
import kz.housesofdemocracy.premises.entity.Photo;
import kz.housesofdemocracy.premises.entity.Region;
import kz.housesofdemocracy.premises.entity.Room;

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
    @Inject private PremisesQueries find;
    @Inject private PremisesInput input;
    @Inject private PremisesCommitments commitments;
    @Inject private PhotoUploads photos;
    @Inject private Premises premises;
    @Inject private Event<OpenTimeChanged> openTimeChanged;

    // --- Houses

    public long openHouse(Caller caller, HouseForm form) {
        AccessPolicy.require(caller, Action.ADMINISTER_PREMISES, Scope.national());
        InputCheck check = InputCheck.start();
        Region region = input.region(check, form.getRegionCode());
        HouseInput values = input.house(check, form);
        check.orRefuse();
        House house = values.newHouse(region);
        LocalDate opens =
                form.getOpenedOn() != null
                        ? form.getOpenedOn()
                        : LocalDate.now(clock.withZone(house.timeZone()));
        house.live(opens, form.getClosedOn(), clock.instant());
        em.persist(house);
        em.flush();
        record(caller, "house.opened", house, "after: " + AuditDescriptions.of(house));
        openTimeChanged.fire(OpenTimeChanged.ofHouse(house.id(), null, null));
        return house.id();
    }

    public void updateHouse(Caller caller, long houseId, HouseForm form) {
        House house = manageable(caller, houseId);
        String before = AuditDescriptions.of(house);
        InputCheck check = InputCheck.start();
        HouseInput values = input.house(check, form);
        check.orRefuse();
        Set<DailyHours> week = house.week();
        String zone = house.timeZone().getId();
        LocalDate opens = form.getOpenedOn() != null ? form.getOpenedOn() : house.openedOn();
        // Only the national administrator sets a House's closing (as closing it), and only while
        // it is open; a closed House stays closed.
        LocalDate closes =
                house.isOpen()
                                && AccessPolicy.may(
                                        caller, Action.ADMINISTER_PREMISES, Scope.national())
                        ? form.getClosedOn()
                        : house.closedOn();
        boolean lifeChanged =
                !opens.equals(house.openedOn()) || !Objects.equals(closes, house.closedOn());
        values.applyTo(house);
        if (lifeChanged) {
            House.refuseLife(opens, closes);
            commitments.refuseOutsideLife(house, startOf(house, opens), startOf(house, closes));
            house.live(opens, closes, clock.instant());
        }
        record(caller, "house.changed", house, changed(before, AuditDescriptions.of(house)));
        if (lifeChanged || !week.equals(house.week()) || !zone.equals(house.timeZone().getId())) {
            openTimeChanged.fire(OpenTimeChanged.ofHouse(house.id(), null, null));
        }
    }

    /** The start of a day in a House's zone; null for none. */
    private static Instant startOf(House house, LocalDate day) {
        return day == null ? null : day.atStartOfDay(house.timeZone()).toInstant();
    }

    /**
     * Sets the share of the market value the state pays for bookings at a House (whole per cent,
     * 0–100; 100 by default). Bookings already made keep the figures they were made with.
     */
    public void setSubsidyShare(Caller caller, long houseId, Integer percent) {
        AccessPolicy.require(caller, Action.ADMINISTER_PREMISES, Scope.national());
        House house = find.house(houseId);
        int before = house.subsidyPercent();
        house.subsidise(percent);
        record(caller, "house.subsidyShare", house, before + "% → " + percent + "%");
    }

    /**
     * Sets a House's fair-use quotas per NGO: hours booked in a calendar month and bookings ahead
     * at once (see {@link House#limit}). Its managers and the administrator.
     */
    public void setQuotas(Caller caller, long houseId, Integer hoursPerMonth, Integer future) {
        House house = manageable(caller, houseId);
        String before = house.quotaHoursMonth() + " h/month, " + house.quotaFutureBookings();
        house.limit(hoursPerMonth, future);
        record(
                caller,
                "house.quotas",
                house,
                before + " → " + hoursPerMonth + " h/month, " + future);
    }

    /** What still holds the House's rooms and offices in the future: shown before closing. */
    public List<Commitment> closingImpact(Caller caller, long houseId) {
        AccessPolicy.require(caller, Action.ADMINISTER_PREMISES, Scope.national());
        return commitments.onHouse(find.house(houseId), clock.instant());
    }

    /** Closes a House: no new bookings or leases; nothing is deleted. */
    public void closeHouse(Caller caller, long houseId, String reason) {
        AccessPolicy.require(caller, Action.ADMINISTER_PREMISES, Scope.national());
        House house = find.house(houseId);
        InputCheck.start().text("reason", reason, 500).orRefuse();
        house.close(clock.instant());
        record(caller, "house.closed", house, reason.strip());
        openTimeChanged.fire(OpenTimeChanged.ofHouse(house.id(), null, null));
    }

    // --- rooms

    public long addRoom(Caller caller, long houseId, RoomForm form) {
        House house = manageable(caller, houseId);
        house.requireOpen();
        RoomInput values = checked(check -> input.room(check, form));
        Room room = values.newRoom(house);
        LocalDate today = LocalDate.now(clock.withZone(house.timeZone()));
        LocalDate opens = form.getOpenedOn();
        if (opens == null) {
            // Today, or the House's first day when the House opens later.
            opens = house.openedOn().isAfter(today) ? house.openedOn() : today;
        }
        room.live(opens, form.getClosedOn(), clock.instant());
        em.persist(room);
        em.flush();
        record(caller, "room.added", room, "after: " + AuditDescriptions.of(room));
        openTimeChanged.fire(OpenTimeChanged.ofHouse(house.id(), null, null));
        return room.id();
    }

    /**
     * Changes a room. A new rate applies to bookings made from now on; made ones keep their price.
     */
    public void updateRoom(Caller caller, long roomId, RoomForm form) {
        Room room = find.room(roomId);
        requireManage(caller, room.house());
        room.requireActive(); // before the form's problems, as a retired room has no form
        String before = AuditDescriptions.of(room);
        PremisesInput.RoomInput values = checked(check -> input.room(check, form));
        LocalDate opens = form.getOpenedOn() != null ? form.getOpenedOn() : room.openedOn();
        LocalDate closes = form.getClosedOn();
        boolean lifeChanged =
                !opens.equals(room.openedOn()) || !Objects.equals(closes, room.closedOn());
        values.applyTo(room);
        if (lifeChanged) {
            House.refuseLife(opens, closes);
            House house = room.house();
            LocalDate counts = opens.isBefore(house.openedOn()) ? house.openedOn() : opens;
            commitments.refuseOutsideLife(room, startOf(house, counts), startOf(house, closes));
            room.live(opens, closes, clock.instant());
        }
        record(caller, "room.changed", room, changed(before, AuditDescriptions.of(room)));
        if (lifeChanged) {
            openTimeChanged.fire(OpenTimeChanged.ofHouse(room.house().id(), null, null));
        }
    }

    /** Retires a room; refused, naming them, while future bookings or holds exist. */
    public void retireRoom(Caller caller, long roomId) {
        Room room = find.room(roomId);
        requireManage(caller, room.house());
        room.requireActive();
        commitments.refuseRetiring(room, clock.instant());
        room.retire(clock.instant());
        record(caller, "room.retired", room, AuditDescriptions.of(room));
        openTimeChanged.fire(OpenTimeChanged.ofHouse(room.house().id(), null, null));
    }

    // --- offices

    public long addOffice(Caller caller, long houseId, OfficeForm form) {
        House house = manageable(caller, houseId);
        house.requireOpen();
        OfficeInput values = checked(check -> PremisesInput.office(check, form));
        Office office = values.newOffice(house);
        office.offerByTheHourAs(input.hourlyRoom(house, form.getHourlyRoomId()));
        office.closeOn(form.getClosedOn(), clock.instant());
        em.persist(office);
        em.flush();
        record(caller, "office.added", office, "after: " + AuditDescriptions.of(office));
        openTimeChanged.fire(OpenTimeChanged.ofHouse(house.id(), null, null));
        return office.id();
    }

    public void updateOffice(Caller caller, long officeId, OfficeForm form) {
        Office office = find.office(officeId);
        requireManage(caller, office.house());
        office.requireActive(); // before the form's problems, as for a room
        String before = AuditDescriptions.of(office);
        LocalDate opened = office.availableFrom();
        LocalDate closed = office.closedOn();
        OfficeInput values = checked(check -> PremisesInput.office(check, form));
        boolean lifeChanged =
                !values.availableFrom().equals(opened)
                        || !Objects.equals(form.getClosedOn(), closed);
        if (lifeChanged) {
            if (form.getClosedOn() != null && !form.getClosedOn().isAfter(values.availableFrom())) {
                throw Refusal.invalid("closedOn", "validation.life.closedBeforeOpened");
            }
            House house = office.house();
            commitments.refuseOutsideLife(
                    office,
                    startOf(house, values.availableFrom()),
                    startOf(house, form.getClosedOn()));
        }
        values.applyTo(office);
        office.offerByTheHourAs(input.hourlyRoom(office.house(), form.getHourlyRoomId()));
        office.closeOn(form.getClosedOn(), clock.instant());
        record(caller, "office.changed", office, changed(before, AuditDescriptions.of(office)));
        if (lifeChanged) {
            openTimeChanged.fire(OpenTimeChanged.ofHouse(office.house().id(), null, null));
        }
    }

    public void retireOffice(Caller caller, long officeId) {
        Office office = find.office(officeId);
        requireManage(caller, office.house());
        office.requireActive();
        commitments.refuseRetiring(office, clock.instant());
        office.retire(clock.instant());
        record(caller, "office.retired", office, AuditDescriptions.of(office));
        openTimeChanged.fire(OpenTimeChanged.ofHouse(office.house().id(), null, null));
    }

    // --- photos

    /** Adds a photo to a room or office (exactly one of the ids); at most five each. */
    public long addPhoto(
            Caller caller, Long roomId, Long officeId, byte[] upload, LocalizedText alt) {
        Room room = roomId == null ? null : find.room(roomId);
        Office office = officeId == null ? null : find.office(officeId);
        House house = room != null ? room.house() : office.house();
        requireManage(caller, house);
        Photo photo = photos.add(room, office, upload, alt, clock.instant());
        audit.record(
                caller,
                "photo.added",
                Subject.of("photo", photo.id(), house.region().code()),
                AuditDescriptions.of(photo));
        return photo.id();
    }

    public void removePhoto(Caller caller, long photoId) {
        Photo photo = find.photo(photoId);
        requireManage(caller, photo.house());
        photos.remove(photo);
        audit.record(
                caller,
                "photo.removed",
                Subject.of("photo", photoId, photo.house().region().code()),
                null);
    }

    // --- equipment (national list)

    public void saveEquipment(Caller caller, String code, TextsForm name) {
        AccessPolicy.require(caller, Action.ADMINISTER_PREMISES, Scope.national());
        LocalizedText text = checked(check -> PremisesInput.equipmentName(check, code, name));
        Equipment existing = find.equipmentOrNull(code);
        Subject subject = Subject.of("equipment", code, null);
        if (existing == null) {
            em.persist(new Equipment(code, text));
            audit.record(caller, "equipment.added", subject, TextChecks.audit(text));
        } else {
            String before = TextChecks.audit(existing.name());
            existing.rename(text);
            audit.record(
                    caller, "equipment.renamed", subject, changed(before, TextChecks.audit(text)));
        }
    }

    // --- what staff pages load, after the scope check

    /** A House with its retired rooms and offices, for someone who may manage it. */
    public HouseDetails manageableHouse(Caller caller, long houseId) {
        manageable(caller, houseId);
        return premises.houseWithHistory(houseId).orElseThrow();
    }

    /** The House of a room (the room's own House, never one named in the request). */
    public long houseOfRoom(Caller caller, long roomId) {
        Room room = find.room(roomId);
        requireManage(caller, room.house());
        return room.house().id();
    }

    public long houseOfOffice(Caller caller, long officeId) {
        Office office = find.office(officeId);
        requireManage(caller, office.house());
        return office.house().id();
    }

    // --- helpers

    private House manageable(Caller caller, long houseId) {
        House house = find.house(houseId);
        requireManage(caller, house);
        return house;
    }

    private static void requireManage(Caller caller, House house) {
        AccessPolicy.require(
                caller, Action.MANAGE_HOUSE, Scope.house(house.id(), house.region().code()));
    }

    /** Reads a form with one check, refused with all its problems at once. */
    private static <T> T checked(java.util.function.Function<InputCheck, T> reading) {
        InputCheck check = InputCheck.start();
        T value = reading.apply(check);
        check.orRefuse();
        return value;
    }

    private static String changed(String before, String after) {
        return AuditDescriptions.change(before, after);
    }

    private void record(Caller caller, String action, House house, String details) {
        audit.record(
                caller, action, Subject.of("house", house.id(), house.region().code()), details);
    }

    private void record(Caller caller, String action, Room room, String details) {
        audit.record(
                caller,
                action,
                Subject.of("room", room.id(), room.house().region().code()),
                details);
    }

    private void record(Caller caller, String action, Office office, String details) {
        audit.record(
                caller,
                action,
                Subject.of("office", office.id(), office.house().region().code()),
                details);
    }
}
