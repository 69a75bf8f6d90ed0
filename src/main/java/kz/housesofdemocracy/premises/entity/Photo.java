package kz.housesofdemocracy.premises.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import kz.housesofdemocracy.platform.i18n.LocalizedText;

/**
 * A photo of a room or an office: the stored image (already checked, resized and re-encoded,
 * outside the web root under {@code storageKey}) and its alternative text in three languages.
 */
@Entity
@Table(name = "photo")
public class Photo {

    public static final int MAX_PER_PLACE = 5;

    @Id
    @SequenceGenerator(name = "photo_seq", sequenceName = "photo_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "photo_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "room_id")
    private Room room;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "office_id")
    private Office office;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "storage_key", nullable = false, length = 80, updatable = false)
    private String storageKey;

    @Column(name = "content_type", nullable = false, length = 20, updatable = false)
    private String contentType;

    @Column(name = "width", nullable = false, updatable = false)
    private int width;

    @Column(name = "height", nullable = false, updatable = false)
    private int height;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private int sizeBytes;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "kk", column = @Column(name = "alt_kk")),
        @AttributeOverride(name = "ru", column = @Column(name = "alt_ru")),
        @AttributeOverride(name = "en", column = @Column(name = "alt_en"))
    })
    private LocalizedText alt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Photo() {}

    private Photo(
            Room room,
            Office office,
            int position,
            String storageKey,
            String contentType,
            int width,
            int height,
            int sizeBytes,
            LocalizedText alt,
            Instant now) {
        this.room = room;
        this.office = office;
        this.position = position;
        this.storageKey = storageKey;
        this.contentType = contentType;
        this.width = width;
        this.height = height;
        this.sizeBytes = sizeBytes;
        this.alt = alt;
        this.createdAt = now;
    }

    public static Photo ofRoom(
            Room room,
            int position,
            String storageKey,
            String contentType,
            int width,
            int height,
            int sizeBytes,
            LocalizedText alt,
            Instant now) {
        return new Photo(
                room, null, position, storageKey, contentType, width, height, sizeBytes, alt, now);
    }

    public static Photo ofOffice(
            Office office,
            int position,
            String storageKey,
            String contentType,
            int width,
            int height,
            int sizeBytes,
            LocalizedText alt,
            Instant now) {
        return new Photo(
                null,
                office,
                position,
                storageKey,
                contentType,
                width,
                height,
                sizeBytes,
                alt,
                now);
    }

    /** The House the photo's room or office belongs to. */
    public House house() {
        return room != null ? room.house() : office.house();
    }

    public Long id() {
        return id;
    }

    public Room room() {
        return room;
    }

    public Office office() {
        return office;
    }

    public int position() {
        return position;
    }

    public String storageKey() {
        return storageKey;
    }

    public String contentType() {
        return contentType;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public LocalizedText alt() {
        return alt;
    }
}
