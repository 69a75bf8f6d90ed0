package kz.housesofdemocracy.premises.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.premises.entity.Equipment;
import kz.housesofdemocracy.premises.entity.House;
import kz.housesofdemocracy.premises.entity.Office;
import kz.housesofdemocracy.premises.entity.Photo;
import kz.housesofdemocracy.premises.entity.Region;
import kz.housesofdemocracy.premises.entity.Room;

/**
 * Finding premises: one House, room, office or photo by id (refused as "not found" when missing),
 * and what a House's pages read in a fixed number of queries.
 */
@ApplicationScoped
public class PremisesQueries {

    @PersistenceContext private EntityManager em;

    public House house(long id) {
        House house = em.find(House.class, id);
        if (house == null) {
            throw Refusal.notFound("problem.house.notFound", id);
        }
        return house;
    }

    public Room room(long id) {
        Room room = em.find(Room.class, id);
        if (room == null) {
            throw Refusal.notFound("refusal.room.notFound", id);
        }
        return room;
    }

    public Office office(long id) {
        Office office = em.find(Office.class, id);
        if (office == null) {
            throw Refusal.notFound("refusal.office.notFound", id);
        }
        return office;
    }

    public Photo photo(long id) {
        Photo photo = em.find(Photo.class, id);
        if (photo == null) {
            throw Refusal.notFound("refusal.photo.notFound");
        }
        return photo;
    }

    /** A region by its code, or null for none or an unknown one. */
    public Region regionOrNull(String code) {
        return code == null ? null : em.find(Region.class, code);
    }

    /** An item of the national equipment list, or null for none or an unknown code. */
    public Equipment equipmentOrNull(String code) {
        return code == null ? null : em.find(Equipment.class, code);
    }

    public Optional<Room> findRoom(long id) {
        return Optional.ofNullable(em.find(Room.class, id));
    }

    public Optional<Office> findOffice(long id) {
        return Optional.ofNullable(em.find(Office.class, id));
    }

    public Optional<Photo> findPhoto(long id) {
        return Optional.ofNullable(em.find(Photo.class, id));
    }

    /** How many photos a room or an office (exactly one of them) has. */
    public long photoCount(Room room, Office office) {
        return room != null
                ? em.createQuery("SELECT COUNT(p) FROM Photo p WHERE p.room = :room", Long.class)
                        .setParameter("room", room)
                        .getSingleResult()
                : em.createQuery(
                                "SELECT COUNT(p) FROM Photo p WHERE p.office = :office", Long.class)
                        .setParameter("office", office)
                        .getSingleResult();
    }

    /** A House with its region fetched. */
    public Optional<House> houseWithRegion(long id) {
        return em
                .createQuery(
                        "SELECT h FROM House h JOIN FETCH h.region WHERE h.id = :id", House.class)
                .setParameter("id", id)
                .getResultList()
                .stream()
                .findFirst();
    }

    public List<House> houses() {
        return em.createNamedQuery(House.ALL, House.class).getResultList();
    }

    public List<Region> regions() {
        return em.createNamedQuery(Region.ALL, Region.class).getResultList();
    }

    public List<Equipment> equipment() {
        return em.createNamedQuery(Equipment.ALL, Equipment.class).getResultList();
    }

    /** Every photo of a House's rooms and offices, in their order. */
    public List<Photo> photosOf(House house) {
        return em.createQuery(
                        "SELECT p FROM Photo p LEFT JOIN p.room r LEFT JOIN p.office o"
                                + " WHERE r.house = :house OR o.house = :house ORDER BY p.position, p.id",
                        Photo.class)
                .setParameter("house", house)
                .getResultList();
    }

    /** A House's rooms, retired ones too, with their equipment. */
    public List<Room> roomsOf(House house) {
        return em.createQuery(
                        "SELECT DISTINCT r FROM Room r LEFT JOIN FETCH r.equipment"
                                + " WHERE r.house = :house ORDER BY r.id",
                        Room.class)
                .setParameter("house", house)
                .getResultList();
    }
}
