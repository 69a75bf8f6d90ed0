package kz.housesofdemocracy.premises.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import kz.housesofdemocracy.platform.Refusal;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.premises.entity.Office;
import kz.housesofdemocracy.premises.entity.Photo;
import kz.housesofdemocracy.premises.entity.Room;

/**
 * A room's or an office's photos: an upload is checked, re-encoded and stored as the next of at
 * most five; a removed photo's file goes once the removal commits.
 */
@ApplicationScoped
public class PhotoUploads {

    private static final String JPEG = "image/jpeg";

    @PersistenceContext private EntityManager em;
    @Inject private PremisesQueries queries;
    @Inject private PhotoStore files;
    @Inject private Event<PhotoFiles.Removed> removed;

    /** Adds a photo to a room or an office (exactly one of them). */
    public Photo add(Room room, Office office, byte[] upload, LocalizedText alt, Instant now) {
        long existing = queries.photoCount(room, office);
        if (existing >= Photo.MAX_PER_PLACE) {
            throw Refusal.invalid("photo", "validation.photo.tooMany", Photo.MAX_PER_PLACE);
        }
        PhotoProcessing.Processed processed = PhotoProcessing.process(upload);
        String key = files.save(processed.jpeg());
        int position = (int) existing + 1;
        int width = processed.width();
        int height = processed.height();
        int size = processed.jpeg().length;
        Photo photo =
                room != null
                        ? Photo.ofRoom(room, position, key, JPEG, width, height, size, alt, now)
                        : Photo.ofOffice(
                                office, position, key, JPEG, width, height, size, alt, now);
        em.persist(photo);
        em.flush();
        return photo;
    }

    public void remove(Photo photo) {
        em.remove(photo);
        removed.fire(new PhotoFiles.Removed(photo.storageKey()));
    }
}
