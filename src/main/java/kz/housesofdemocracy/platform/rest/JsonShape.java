package kz.housesofdemocracy.platform.rest;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import kz.housesofdemocracy.platform.DateBounds;
import kz.housesofdemocracy.platform.InputCheck;

/**
 * Checks a request's JSON against the Java type it is about to become, before JSON-B binds it.
 * JSON-B is lenient where it must not be: 4294967346 becomes the int 50, 0.5 becomes 0, a year
 * +999999 is a date, and half a surrogate pair is a string. Here each of those is a problem named
 * after its field (nested as {@code name.kk} or {@code slots[0].start}), and nothing is stored.
 */
public final class JsonShape {

    /** The largest amount any decimal field may hold, and the most decimals it may have. */
    private static final BigDecimal LARGEST_DECIMAL = new BigDecimal("1e15");

    private static final int MOST_DECIMALS = 6;

    private static final Map<Class<?>, long[]> WHOLE =
            Map.of(
                    int.class, new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE},
                    Integer.class, new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE},
                    long.class, new long[] {Long.MIN_VALUE, Long.MAX_VALUE},
                    Long.class, new long[] {Long.MIN_VALUE, Long.MAX_VALUE},
                    short.class, new long[] {Short.MIN_VALUE, Short.MAX_VALUE},
                    Short.class, new long[] {Short.MIN_VALUE, Short.MAX_VALUE},
                    byte.class, new long[] {Byte.MIN_VALUE, Byte.MAX_VALUE},
                    Byte.class, new long[] {Byte.MIN_VALUE, Byte.MAX_VALUE});

    private static final Map<Class<?>, Function<String, Integer>> DATES =
            Map.of(
                    LocalDate.class, t -> LocalDate.parse(t).getYear(),
                    LocalDateTime.class, t -> LocalDateTime.parse(t).getYear(),
                    Instant.class, t -> Instant.parse(t).atOffset(ZoneOffset.UTC).getYear(),
                    OffsetDateTime.class, t -> OffsetDateTime.parse(t).getYear(),
                    ZonedDateTime.class, t -> ZonedDateTime.parse(t).getYear());

    private static final String OURS = "kz.housesofdemocracy.";

    private static final Map<Class<?>, Map<String, Type>> PROPERTIES =
            java.util.Collections.synchronizedMap(new HashMap<>());

    private final InputCheck check = InputCheck.start();

    private JsonShape() {}

    /**
     * Every problem with the value as the given type, to refuse with {@link InputCheck#orRefuse}.
     */
    public static InputCheck check(Type type, JsonValue value) {
        JsonShape shape = new JsonShape();
        shape.walk("", type, value);
        return shape.check;
    }

    /**
     * Whether a body bound to this type is one of ours (a record or list of records we declare).
     */
    public static boolean ours(Class<?> type) {
        return type != null
                && (type.getName().startsWith(OURS)
                        || Collection.class.isAssignableFrom(type)
                        || Map.class.isAssignableFrom(type)
                        || type.isArray() && !type.getComponentType().isPrimitive());
    }

    private void walk(String path, Type type, JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return;
        }
        Class<?> raw = raw(type);
        String field = path.isEmpty() ? "body" : path;
        if (WHOLE.containsKey(raw)) {
            whole(field, WHOLE.get(raw), value);
        } else if (raw == BigDecimal.class
                || raw == double.class
                || raw == Double.class
                || raw == float.class
                || raw == Float.class) {
            decimal(field, value);
        } else if (DATES.containsKey(raw)) {
            date(field, DATES.get(raw), value);
        } else if (value instanceof JsonString text) {
            text(field, text.getString());
        } else if (value instanceof JsonArray array) {
            Type element = element(type);
            for (int i = 0; i < array.size(); i++) {
                walk(path + "[" + i + "]", element, array.get(i));
            }
        } else if (value instanceof JsonObject object) {
            Map<String, Type> properties = properties(raw);
            Type mapValue = Map.class.isAssignableFrom(raw) ? argument(type, 1) : Object.class;
            for (var entry : object.entrySet()) {
                String name = path.isEmpty() ? entry.getKey() : path + "." + entry.getKey();
                text(name, entry.getKey());
                walk(name, properties.getOrDefault(entry.getKey(), mapValue), entry.getValue());
            }
        }
    }

    private void whole(String field, long[] range, JsonValue value) {
        boolean fits = false;
        if (value instanceof JsonNumber number && number.isIntegral()) {
            BigInteger n = number.bigIntegerValue();
            fits =
                    n.compareTo(BigInteger.valueOf(range[0])) >= 0
                            && n.compareTo(BigInteger.valueOf(range[1])) <= 0;
        }
        if (!fits) {
            check.problem(field, "validation.number.whole", range[0], range[1]);
        }
    }

    private void decimal(String field, JsonValue value) {
        boolean fits = false;
        if (value instanceof JsonNumber number) {
            BigDecimal n = number.bigDecimalValue();
            fits =
                    n.abs().compareTo(LARGEST_DECIMAL) < 0
                            && n.stripTrailingZeros().scale() <= MOST_DECIMALS;
        }
        if (!fits) {
            check.problem(field, "validation.number.decimal", LARGEST_DECIMAL.longValue());
        }
    }

    private void date(String field, Function<String, Integer> year, JsonValue value) {
        if (!(value instanceof JsonString text)) {
            check.problem(field, "validation.date.form");
            return;
        }
        try {
            if (!DateBounds.yearWithin(year.apply(text.getString()))) {
                check.problem(
                        field,
                        "validation.date.range",
                        DateBounds.FIRST_YEAR,
                        DateBounds.LAST_YEAR);
            }
        } catch (DateTimeParseException wrong) {
            check.problem(field, "validation.date.form");
        } catch (DateTimeException outOfRange) {
            check.problem(
                    field, "validation.date.range", DateBounds.FIRST_YEAR, DateBounds.LAST_YEAR);
        }
    }

    private void text(String field, String text) {
        if (InputCheck.hasLoneSurrogate(text)) {
            check.problem(field, "validation.characters");
        }
    }

    /** JSON property name → declared type, for our records and classes; nothing for others. */
    private static Map<String, Type> properties(Class<?> type) {
        if (type == null || !type.getName().startsWith(OURS)) {
            return Map.of();
        }
        return PROPERTIES.computeIfAbsent(type, JsonShape::read);
    }

    private static Map<String, Type> read(Class<?> type) {
        Map<String, Type> properties = new HashMap<>();
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                JsonbProperty named = c.getAccessor().getAnnotation(JsonbProperty.class);
                Field field = declared(type, c.getName());
                if (named == null && field != null) {
                    named = field.getAnnotation(JsonbProperty.class);
                }
                properties.put(name(c.getName(), named), c.getGenericType());
            }
            return properties;
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers())
                        || Modifier.isTransient(f.getModifiers())
                        || f.isAnnotationPresent(JsonbTransient.class)) {
                    continue;
                }
                properties.putIfAbsent(
                        name(f.getName(), f.getAnnotation(JsonbProperty.class)),
                        f.getGenericType());
            }
        }
        return properties;
    }

    private static Field declared(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name);
        } catch (NoSuchFieldException none) {
            return null;
        }
    }

    private static String name(String javaName, JsonbProperty named) {
        return named == null || named.value().isEmpty() ? javaName : named.value();
    }

    private static Type element(Type type) {
        if (type instanceof Class<?> c && c.isArray()) {
            return c.getComponentType();
        }
        if (type instanceof GenericArrayType g) {
            return g.getGenericComponentType();
        }
        return argument(type, 0);
    }

    private static Type argument(Type type, int index) {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
            Type argument = p.getActualTypeArguments()[index];
            if (argument instanceof WildcardType w && w.getUpperBounds().length > 0) {
                return w.getUpperBounds()[0];
            }
            return argument;
        }
        return Object.class;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return raw(p.getRawType());
        }
        if (type instanceof GenericArrayType g) {
            Class<?> component = raw(g.getGenericComponentType());
            return java.lang.reflect.Array.newInstance(component, 0).getClass();
        }
        return Object.class;
    }
}
