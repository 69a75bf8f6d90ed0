package kz.housesofdemocracy.bookings.boundary;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.text.MessageFormat;
import java.time.LocalTime;
import java.util.Locale;
import java.util.ResourceBundle;
import kz.housesofdemocracy.platform.i18n.Formats;
import kz.housesofdemocracy.platform.i18n.Language;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.platform.i18n.Messages;

/**
 * Writes a House's day or week grid straight to the response: a 200-room day is some 4,400 cells,
 * which as nested repeats cost a component tree walk per cell. Every cell carries its state as text
 * (a mark, and on a phone the time and the state's word) and an accessible name ("Hall, 10:00,
 * free"), so nothing depends on colour. Attributes: {@code day} or {@code week}, {@code room} (show
 * only that room, or null), {@code bookable} (free half-hours link to the booking form).
 */
@FacesComponent(
        value = CalendarGrid.TYPE,
        createTag = true,
        tagName = "calendarGrid",
        namespace = CalendarGrid.NAMESPACE)
public class CalendarGrid extends UIComponentBase {

    public static final String TYPE = "kz.housesofdemocracy.bookings.CalendarGrid";
    public static final String NAMESPACE = "https://houses-of-democracy.kz/calendar";

    @Override
    public String getFamily() {
        return "kz.housesofdemocracy.bookings";
    }

    @Override
    public void encodeBegin(FacesContext context) throws IOException {
        Object day = getAttributes().get("day");
        Object week = getAttributes().get("week");
        Object room = getAttributes().get("room");
        Long only = room instanceof Number n ? n.longValue() : null;
        // The grid is written into memory and handed to the response in one piece: thousands of
        // small writes through the compressing response cost more than the grid itself.
        ResponseWriter response = context.getResponseWriter();
        StringWriter grid = new StringWriter(64 * 1024);
        Writer out = new Writer(context, response.cloneWithWriter(grid));
        if (day instanceof HouseCalendar.Day d) {
            out.day(d, only, Boolean.TRUE.equals(getAttributes().get("bookable")));
        } else if (week instanceof HouseCalendar.Week w) {
            out.week(w, only);
        }
        out.w.flush();
        response.write(grid.toString());
    }

    /** The writing of one grid: the page's language, its bundle, and the response. */
    private static final class Writer {

        private final FacesContext context;
        private final ResponseWriter w;
        private final Locale locale;
        private final ResourceBundle bundle;

        /** "Hall, 10:00, free": parsed once per grid, not once per cell. */
        private final MessageFormat cellName;

        Writer(FacesContext context, ResponseWriter w) {
            this.context = context;
            this.w = w;
            this.locale = context.getViewRoot().getLocale();
            this.bundle = Messages.bundle(locale);
            this.cellName =
                    new MessageFormat(
                            bundle.getString("calendar.cell"), Language.of(locale).locale());
        }

        private String msg(String key) {
            return bundle.getString(key);
        }

        private String text(LocalizedText text) {
            return text == null ? "" : text.in(locale);
        }

        private void open(String element, String... attributes) throws IOException {
            w.startElement(element, null);
            for (int i = 0; i + 1 < attributes.length; i += 2) {
                if (attributes[i + 1] != null) {
                    w.writeAttribute(attributes[i], attributes[i + 1], null);
                }
            }
        }

        private void element(String element, String content, String... attributes)
                throws IOException {
            open(element, attributes);
            w.writeText(content, null);
            w.endElement(element);
        }

        private void scrollBox() throws IOException {
            open(
                    "div",
                    "class",
                    "table-scroll calendar-scroll",
                    "tabindex",
                    "0",
                    "role",
                    "region",
                    "aria-labelledby",
                    "calendar-heading");
        }

        void day(HouseCalendar.Day day, Long only, boolean bookable) throws IOException {
            scrollBox();
            open("table", "class", "calendar calendar--day", "id", "day-grid");
            open("thead");
            open("tr");
            element("th", msg("room.name"), "scope", "col");
            for (LocalTime slot : day.slots()) {
                element("th", slot.toString(), "scope", "col", "class", "slot-head");
            }
            w.endElement("tr");
            w.endElement("thead");
            open("tbody");
            String book =
                    context.getExternalContext().getRequestContextPath()
                            + "/ngo/book.xhtml?date="
                            + day.date()
                            + "&room=";
            String[] words = new String[HouseCalendar.State.values().length];
            for (HouseCalendar.State state : HouseCalendar.State.values()) {
                words[state.ordinal()] = msg("calendar.state." + state.name());
            }
            String bookWord = msg("calendar.book");
            for (HouseCalendar.RoomRow row : day.rooms()) {
                if (only != null && only != row.roomId()) {
                    continue;
                }
                String name = text(row.name());
                open("tr", "id", "room-" + row.roomId(), "class", "calendar__room");
                open("th", "scope", "row");
                w.writeText(name + " ", null);
                element("small", "(" + row.capacity() + ")");
                w.endElement("th");
                for (HouseCalendar.Cell cell : row.cells()) {
                    cell(cell, name, words, bookable ? book + row.roomId() : null, bookWord);
                }
                w.endElement("tr");
            }
            w.endElement("tbody");
            w.endElement("table");
            w.endElement("div");
        }

        private void cell(
                HouseCalendar.Cell cell, String room, String[] words, String book, String bookWord)
                throws IOException {
            HouseCalendar.State state = cell.state();
            String time = cell.start().toString();
            String word = words[state.ordinal()];
            String detail =
                    cell.ngoName() != null
                            ? text(cell.ngoName())
                            : cell.note() != null ? text(cell.note()) : null;
            String label =
                    cellName.format(
                            new Object[] {
                                room, time, detail == null ? word : word + ": " + detail
                            });
            open(
                    "td",
                    "class",
                    "slot slot--" + state.name().toLowerCase(Locale.ROOT),
                    "title",
                    detail);
            boolean link = state == HouseCalendar.State.FREE && book != null;
            if (link) {
                open(
                        "a",
                        "href",
                        book + "&start=" + time,
                        "class",
                        "slot__link",
                        "aria-label",
                        bookWord + ": " + label);
            }
            element("span", mark(state, link), "class", "slot__mark", "aria-hidden", "true");
            element("span", time, "class", "slot__time", "aria-hidden", "true");
            element("span", word, "class", "slot__state", "aria-hidden", "true");
            if (cell.ngoName() != null) {
                element("span", text(cell.ngoName()), "class", "who", "aria-hidden", "true");
            }
            if (link) {
                w.endElement("a");
            } else {
                element("span", label, "class", "sr-only");
            }
            w.endElement("td");
        }

        void week(HouseCalendar.Week week, Long only) throws IOException {
            Formats formats = CDI.current().select(Formats.class).get();
            String[] dayNames = new String[week.days().size()];
            scrollBox();
            open("table", "class", "calendar calendar--week", "id", "week-grid");
            open("thead");
            open("tr");
            element("th", msg("room.name"), "scope", "col");
            for (int i = 0; i < dayNames.length; i++) {
                HouseCalendar.WeekDay d = week.days().get(i);
                dayNames[i] = formats.date(d.date());
                open("th", "scope", "col", "class", d.open() ? null : "closed");
                w.writeText(dayNames[i], null);
                if (d.holiday() != null) {
                    open("br");
                    w.endElement("br");
                    element("small", text(d.holiday()));
                }
                w.endElement("th");
            }
            w.endElement("tr");
            w.endElement("thead");
            open("tbody");
            String closed = msg("calendar.state.BLACKOUT");
            String free = msg("calendar.state.FREE");
            String pending = msg("calendar.state.PENDING");
            for (HouseCalendar.WeekRow row : week.rooms()) {
                if (only != null && only != row.roomId()) {
                    continue;
                }
                String name = text(row.name());
                open("tr", "id", "week-room-" + row.roomId(), "class", "calendar__room");
                element("th", name, "scope", "row");
                for (int i = 0; i < dayNames.length; i++) {
                    HouseCalendar.WeekCell c = row.days().get(i);
                    open("td", "class", c.open() ? "week__day" : "week__day closed");
                    element("span", dayNames[i], "class", "week__date");
                    w.writeText(" ", null);
                    if (!c.open()) {
                        element("span", closed, "class", "week__closed");
                    } else if (c.taken().isEmpty()) {
                        element("span", free, "class", "week__free");
                    }
                    for (String t : c.taken()) {
                        boolean waits = t.endsWith(" ?");
                        String span = waits ? t.substring(0, t.length() - 2) : t;
                        element(
                                "span",
                                waits ? span + " (" + pending + ")" : span,
                                "class",
                                waits ? "span span--pending" : "span");
                        w.writeText(" ", null);
                    }
                    w.endElement("td");
                }
                w.endElement("tr");
            }
            w.endElement("tbody");
            w.endElement("table");
            w.endElement("div");
        }

        private static String mark(HouseCalendar.State state, boolean link) {
            return switch (state) {
                case FREE -> link ? "+" : "○";
                case PENDING -> "?";
                case TAKEN -> "●";
                case BLACKOUT -> "✕";
                case PAST -> "–";
            };
        }
    }
}
