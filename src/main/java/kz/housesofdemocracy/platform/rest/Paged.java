package kz.housesofdemocracy.platform.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a longer list, as every paged endpoint answers it: the items (all of one shape), how
 * many there are in all, and the address of the next page relative to {@code /api/} (the same query
 * with {@code first} moved on), absent on the last page (JSON-B leaves nulls out).
 */
@JsonbPropertyOrder({"items", "total", "next"})
@Schema(description = "One page of a longer list.")
public record Paged<T>(
        @Schema(description = "The items on this page, in the list's order.") List<T> items,
        @Schema(description = "How many items the whole list has.") long total,
        @Schema(
                        description =
                                "The next page's address relative to /api/; absent on the last"
                                        + " page.",
                        nullable = true)
                String next) {

    /** The page of {@code items} that starts at {@code first}, of at most {@code size}. */
    public static <T> Paged<T> of(List<T> items, long total, int first, int size, UriInfo uri) {
        long after = (long) first + items.size();
        String next = null;
        if (after < total && !items.isEmpty()) {
            next =
                    uri.getRequestUriBuilder()
                            .replaceQueryParam("first", after)
                            .replaceQueryParam("size", size)
                            .build()
                            .toString();
            String base = uri.getBaseUri().toString();
            next = next.startsWith(base) ? next.substring(base.length()) : next;
        }
        return new Paged<>(items, total, next);
    }
}
