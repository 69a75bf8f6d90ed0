package kz.housesofdemocracy.premises.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import kz.housesofdemocracy.premises.entity.House;
import kz.housesofdemocracy.premises.entity.OpeningHours;
import kz.housesofdemocracy.premises.entity.Region;
import kz.housesofdemocracy.premises.entity.Room;

/**
 * What the public may read about the premises: regions, their Houses, rooms and offices. Each call
 * costs a fixed number of queries however many rooms a House has.
 */
@Stateless
public class Premises {

    @PersistenceContext private EntityManager em;

    public List<RegionView> regions() {
        Map<String, List<HouseSummary>> housesByRegion =
                houses().stream().collect(Collectors.groupingBy(HouseSummary::regionCode));
        return em.createNamedQuery(Region.ALL, Region.class).getResultList().stream()
                .map(
                        region ->
                                new RegionView(
                                        region.code(),
                                        region.name(),
                                        region.kind(),
                                        housesByRegion.getOrDefault(region.code(), List.of())))
                .toList();
    }

    public List<HouseSummary> houses() {
        return em.createNamedQuery(House.ALL, House.class).getResultList().stream()
                .map(HouseSummary::of)
                .toList();
    }

    public Optional<HouseDetails> house(long id) {
        List<House> found =
                em.createQuery(
                                "SELECT h FROM House h JOIN FETCH h.region WHERE h.id = :id",
                                House.class)
                        .setParameter("id", id)
                        .getResultList();
        return found.stream().findFirst().map(this::details);
    }

    private HouseDetails details(House house) {
        List<RoomView> rooms =
                em
                        .createQuery(
                                "SELECT DISTINCT r FROM Room r LEFT JOIN FETCH r.equipment"
                                        + " WHERE r.house = :house ORDER BY r.id",
                                Room.class)
                        .setParameter("house", house)
                        .getResultList()
                        .stream()
                        .map(RoomView::of)
                        .toList();
        List<OfficeView> offices = house.offices().stream().map(OfficeView::of).toList();
        return new HouseDetails(
                house.id(),
                house.region().code(),
                house.region().name(),
                house.name(),
                house.address(),
                house.phone(),
                house.email(),
                house.timeZone().getId(),
                week(house.openingHours()),
                rooms,
                offices);
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
