package kz.housesofdemocracy.premises.boundary;

import java.io.Serializable;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.premises.entity.Photo;

/** A photo as pages and REST show it: served at {@code api/photos/{id}}, with its alt text. */
public record PhotoView(long id, LocalizedText alt, int width, int height) implements Serializable {

    static PhotoView of(Photo photo) {
        return new PhotoView(photo.id(), photo.alt(), photo.width(), photo.height());
    }

    public String path() {
        return "api/photos/" + id;
    }
}
