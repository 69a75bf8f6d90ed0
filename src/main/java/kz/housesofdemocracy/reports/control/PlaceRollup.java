package kz.housesofdemocracy.reports.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.reports.control.OccupancyReport.Place;

/**
 * Rolls rooms up into Houses (with their offices), Houses into regions and regions into the nation,
 * month by month; the places come out top first: the nation (national reports), the regions (unless
 * a House's), the Houses, the rooms.
 */
public final class PlaceRollup {

    private PlaceRollup() {}

    public static List<Place> places(
            ReportScope scope,
            ReportPlaces places,
            Map<Long, Figures[]> rooms,
            Map<Long, Figures[]> officesByHouse) {
        List<Place> roomPlaces = new ArrayList<>();
        Map<Long, Figures[]> houseMonths = new LinkedHashMap<>();
        for (ReportPlaces.Room room : places.rooms()) {
            Figures[] months = rooms.get(room.id());
            roomPlaces.add(
                    place(
                            "ROOM",
                            "room-" + room.id(),
                            "house-" + room.house(),
                            room.name(),
                            months));
            Months.add(houseMonths.computeIfAbsent(room.house(), k -> Months.zeros()), months);
        }
        List<Place> housePlaces = new ArrayList<>();
        Map<String, Figures[]> regionMonths = new LinkedHashMap<>();
        for (ReportPlaces.House house : places.houses().values()) {
            Figures[] months = houseMonths.getOrDefault(house.id(), Months.zeros());
            Months.add(months, officesByHouse.getOrDefault(house.id(), Months.zeros()));
            housePlaces.add(
                    place(
                            "HOUSE",
                            "house-" + house.id(),
                            "region-" + house.region(),
                            house.name(),
                            months));
            Months.add(regionMonths.computeIfAbsent(house.region(), k -> Months.zeros()), months);
        }
        List<Place> result = new ArrayList<>();
        if (scope.national()) {
            result.add(nation(places.regions(), regionMonths));
        }
        if (scope.houseId() == null) {
            places.regions()
                    .forEach(
                            (code, name) ->
                                    result.add(
                                            place(
                                                    "REGION",
                                                    "region-" + code,
                                                    "nation",
                                                    name,
                                                    regionMonths.getOrDefault(
                                                            code, Months.zeros()))));
        }
        result.addAll(housePlaces);
        result.addAll(roomPlaces);
        return result;
    }

    private static Place nation(
            Map<String, LocalizedText> regions, Map<String, Figures[]> regionMonths) {
        Figures[] nation = Months.zeros();
        for (String region : regions.keySet()) {
            Months.add(nation, regionMonths.getOrDefault(region, Months.zeros()));
        }
        return place("NATION", "nation", null, ReportLabels.label("report.nation"), nation);
    }

    private static Place place(
            String level, String id, String parent, LocalizedText name, Figures[] months) {
        return new Place(level, id, parent, name, Months.year(months), List.of(months));
    }
}
