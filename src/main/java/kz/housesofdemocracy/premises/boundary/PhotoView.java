package kz.housesofdemocracy.premises.boundary;

import java.io.Serializable;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.premises.entity.Photo;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A photo as pages and REST show it: served at {@code api/photos/{id}}, with its alt text. */
@Schema(description = "A photo of a room or office; its JPEG is at /api/photos/{id} (getPhoto).")
public record PhotoView(
        long id,
        @Schema(description = "Alternative text for people who cannot see the image; may be null.")
                LocalizedText alt,
        @Schema(description = "Width in pixels.", example = "1600") int width,
        @Schema(description = "Height in pixels.", example = "1067") int height)
        implements Serializable {

    static PhotoView of(Photo photo) {
        return new PhotoView(photo.id(), photo.alt(), photo.width(), photo.height());
    }

    public String path() {
        return "api/photos/" + id;
    }
}
