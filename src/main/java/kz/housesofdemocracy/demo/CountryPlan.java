package kz.housesofdemocracy.demo;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import kz.housesofdemocracy.bookings.entity.BookingStatus;
import kz.housesofdemocracy.leases.entity.LeaseTerms;
import kz.housesofdemocracy.ngos.control.Eligibility;
import kz.housesofdemocracy.ngos.entity.NgoEnums.FilingStatus;
import kz.housesofdemocracy.ngos.entity.NgoEnums.FundingSource;
import kz.housesofdemocracy.ngos.entity.NgoEnums.IdentityStatus;
import kz.housesofdemocracy.ngos.entity.NgoEnums.LegalForm;
import kz.housesofdemocracy.ngos.entity.NgoEnums.OperatingStatus;
import kz.housesofdemocracy.ngos.entity.NgoEnums.WorkingLanguage;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.premises.entity.RoomKind;

/**
 * "A year in the life" (issue 22): a believable country, as rows, computed without a database from
 * a seed and the day it is made. 20 Houses (the demo's Astana and Almaty Houses kept, 18 made),
 * rooms and offices in proportion to each region's population, about 2,000 NGOs with their filings,
 * the current year's bookings from 1 January to two weeks ahead, leases from 1 January, and a few
 * events that hold rooms. The same input gives the same plan: one seeded random stream per part,
 * lists in a fixed order, no clock but the input's.
 *
 * <p>Every id lies in one block from {@link #BASE}, far above the sequences' reach; {@link
 * CountryData} writes the plan in JDBC batches.
 */
public record CountryPlan(
        List<House> houses,
        List<Room> rooms,
        List<Office> offices,
        List<Ngo> ngos,
        List<Filing> filings,
        List<Event> events,
        List<Booking> bookings,
        List<Window> windows,
        List<Lease> leases) {

    /** The first id of the country's block, in every table. */
    public static final long BASE = 900_000_000L;

    /** The number of NGOs the country has, shared out by population. */
    public static final int NGOS = 2_000;

    /** How far ahead of today the bookings go. */
    public static final int DAYS_AHEAD = 14;

    /**
     * What the plan depends on: the seed, today and now (Kazakhstan), the days off from the
     * product's holiday calendar, and the eligibility policy's parameters.
     */
    public record Input(
            long seed,
            LocalDate today,
            Instant now,
            Map<LocalDate, LocalizedText> daysOff,
            Eligibility.Parameters policy) {}

    /** A House: made by the plan, or the demo's ({@code existing}: only its new rooms are made). */
    public record House(
            long id,
            boolean existing,
            String region,
            String nameKk,
            String nameRu,
            String nameEn,
            String addressKk,
            String addressRu,
            String addressEn,
            String zone,
            LocalDate openedOn,
            List<Hours> hours) {}

    /** A House's hours on one day of the week. */
    public record Hours(DayOfWeek day, LocalTime opens, LocalTime closes) {}

    public record Room(
            long id,
            long houseId,
            RoomKind kind,
            String nameKk,
            String nameRu,
            String nameEn,
            int capacity,
            boolean stepFree,
            BigDecimal hourlyRate,
            boolean needsApproval,
            LocalDate openedOn,
            List<String> equipment) {}

    public record Office(
            long id,
            long houseId,
            String nameKk,
            String nameRu,
            String nameEn,
            BigDecimal areaM2,
            int floor,
            BigDecimal monthlyRent,
            LocalDate availableFrom) {}

    public record Ngo(
            long id,
            String nameKk,
            String nameRu,
            String nameEn,
            String bin,
            LegalForm form,
            String region,
            String address,
            LocalDate registeredOn,
            boolean youthLed,
            String email,
            IdentityStatus identity,
            OperatingStatus operating,
            List<String> areas,
            List<WorkingLanguage> languages,
            List<FundingSource> funding,
            Instant createdAt) {}

    /** An annual filing; {@code decidedAt} is null while it waits. */
    public record Filing(
            long id,
            long ngoId,
            int year,
            LocalDate filedOn,
            String reference,
            FilingStatus status,
            Instant createdAt,
            Instant decidedAt) {}

    /** A House event that holds one room for its whole length. */
    public record Event(
            long id,
            String region,
            long houseId,
            long roomId,
            String titleKk,
            String titleRu,
            String titleEn,
            Instant startsAt,
            Instant endsAt,
            boolean publicEvent,
            Instant createdAt) {}

    /**
     * A booking. {@code decidedAt} for a hall's decision, {@code cancelledAt}, {@code checkedInAt}
     * as they happened; money: the market value, all of it subsidised (the Houses' default share).
     */
    public record Booking(
            long id,
            long roomId,
            long houseId,
            long ngoId,
            Instant startsAt,
            Instant endsAt,
            int minutes,
            String purpose,
            int attendees,
            BookingStatus status,
            BigDecimal marketValue,
            Instant createdAt,
            Instant decidedAt,
            Instant cancelledAt,
            Instant checkedInAt) {}

    /** A region's application window for the leases that start on 1 January. */
    public record Window(
            long id, String region, LocalDate opensOn, LocalDate closesOn, LocalDate leaseStart) {}

    /** An active lease with its council decision and monthly schedule. */
    public record Lease(
            long id,
            long windowId,
            long ngoId,
            long houseId,
            long officeId,
            int years,
            LocalDate startsOn,
            LocalDate endsOn,
            int staffCount,
            BigDecimal monthlyRent,
            int subsidyPercent,
            BigDecimal monthlyPayment,
            String councilNumber,
            LocalDate councilDate,
            Instant submittedAt,
            Instant decidedAt,
            List<LeaseTerms.Month> schedule) {}

    /** Makes the plan. */
    public static CountryPlan make(Input input) {
        CountryPlaces places = CountryPlaces.make(input);
        CountryNgos ngos = CountryNgos.make(input);
        CountryEligibleDays eligible = new CountryEligibleDays(input, ngos.ngos(), ngos.filings());
        List<Event> events = CountryEvents.make(input, places);
        List<Booking> bookings = CountryBookings.make(input, places, ngos.ngos(), eligible, events);
        CountryLeases leases = CountryLeases.make(input, places, ngos.ngos(), eligible);
        return new CountryPlan(
                places.houses(),
                places.rooms(),
                places.offices(),
                ngos.ngos(),
                ngos.filings(),
                events,
                bookings,
                leases.windows(),
                leases.leases());
    }

    /** The first day of the plan's year. */
    static LocalDate firstDay(Input input) {
        return input.today().withDayOfYear(1);
    }

    /** The last day bookings reach. */
    static LocalDate lastDay(Input input) {
        return input.today().plusDays(DAYS_AHEAD);
    }
}
