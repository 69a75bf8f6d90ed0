package kz.housesofdemocracy.premises.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.premises.control.PremisesQueries;
import kz.housesofdemocracy.premises.entity.House;
import kz.housesofdemocracy.premises.entity.OpeningHours;
import kz.housesofdemocracy.premises.entity.Photo;
import kz.housesofdemocracy.premises.entity.Region;

/**
 * What the public may read about the premises: regions, their Houses, rooms and offices. Each call
 * costs a fixed number of queries however many rooms a House has.
 */
@Stateless
public class Premises {

    @Inject private PremisesQueries queries;

    public List<RegionView> regions() {
        Map<String, List<HouseSummary>> housesByRegion =
                houses().stream().collect(Collectors.groupingBy(HouseSummary::regionCode));
        return queries.regions().stream()
                .map(
                        region ->
                                new RegionView(
                                        region.code(),
                                        region.name(),
                                        region.kind(),
                                        housesByRegion.getOrDefault(region.code(), List.of())))
                .toList();
    }

    /** Every region's name by its code, without its Houses (one query over 20 rows). */
    public Map<String, LocalizedText> regionNames() {
        return queries.regions().stream()
                .collect(Collectors.toMap(Region::code, Region::name, (a, b) -> a));
    }

    public List<HouseSummary> houses() {
        return queries.houses().stream().map(HouseSummary::of).toList();
    }

    /** A House as the public sees it: rooms and offices in use, with their photos. */
    public Optional<HouseDetails> house(long id) {
        return queries.houseWithRegion(id).map(house -> details(house, false));
    }

    /**
     * A House as its staff keep it: retired rooms and offices too. Scope is checked by the caller.
     */
    public Optional<HouseDetails> houseWithHistory(long id) {
        return queries.houseWithRegion(id).map(house -> details(house, true));
    }

    public List<EquipmentView> equipment() {
        return queries.equipment().stream().map(EquipmentView::of).toList();
    }

    /** One room with its photos (also a retired one: links to it keep working). */
    public Optional<RoomView> room(long id) {
        return queries.findRoom(id)
                .flatMap(
                        room ->
                                details(room.house(), true).rooms().stream()
                                        .filter(r -> r.id() == id)
                                        .findFirst());
    }

    public Optional<OfficeView> office(long id) {
        return queries.findOffice(id)
                .flatMap(
                        office ->
                                details(office.house(), true).offices().stream()
                                        .filter(o -> o.id() == id)
                                        .findFirst());
    }

    /** One photo's stored file and type, for serving. */
    public Optional<Photo> photo(long id) {
        return queries.findPhoto(id);
    }

    private HouseDetails details(House house, boolean withRetired) {
        Map<Long, List<PhotoView>> roomPhotos = new HashMap<>();
        Map<Long, List<PhotoView>> officePhotos = new HashMap<>();
        for (Photo photo : queries.photosOf(house)) {
            if (photo.room() != null) {
                roomPhotos
                        .computeIfAbsent(photo.room().id(), k -> new ArrayList<>())
                        .add(PhotoView.of(photo));
            } else {
                officePhotos
                        .computeIfAbsent(photo.office().id(), k -> new ArrayList<>())
                        .add(PhotoView.of(photo));
            }
        }
        List<RoomView> rooms =
                queries.roomsOf(house).stream()
                        .filter(r -> withRetired || r.isActive())
                        .map(r -> RoomView.of(r, roomPhotos.getOrDefault(r.id(), List.of())))
                        .toList();
        List<OfficeView> offices =
                house.offices().stream()
                        .filter(o -> withRetired || o.isActive())
                        .map(o -> OfficeView.of(o, officePhotos.getOrDefault(o.id(), List.of())))
                        .toList();
        return new HouseDetails(
                house.id(),
                house.region().code(),
                house.region().name(),
                house.name(),
                house.address(),
                house.phone(),
                house.email(),
                house.timeZone().getId(),
                house.isOpen(),
                house.subsidyPercent(),
                house.quotaHoursMonth(),
                house.quotaFutureBookings(),
                week(house.openingHours()),
                rooms,
                offices,
                house.openedOn(),
                house.closedOn());
    }

    private static List<OpeningDay> week(OpeningHours hours) {
        return Arrays.stream(DayOfWeek.values())
                .map(
                        day ->
                                hours.on(day)
                                        .map(h -> new OpeningDay(day, h.opens(), h.closes()))
                                        .orElse(new OpeningDay(day, null, null)))
                .toList();
    }
}
