package kz.housesofdemocracy.imports.control;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON a job keeps in its text columns: its headers, its mapping, a remembered mapping. */
public final class JobJson {

    /** Looked up once: {@code JSON.createX} asks the service loader on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private JobJson() {}

    public static String list(List<String> values) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        values.forEach(v -> array.add(v == null ? "" : v));
        return array.build().toString();
    }

    public static List<String> list(String json) {
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            return reader.readArray().getValuesAs(JsonString.class).stream()
                    .map(JsonString::getString)
                    .toList();
        }
    }

    public static String columns(Map<String, Integer> mapping) {
        JsonObjectBuilder object = JSON.createObjectBuilder();
        mapping.forEach(object::add);
        return object.build().toString();
    }

    public static Map<String, Integer> columns(String json) {
        Map<String, Integer> mapping = new LinkedHashMap<>();
        object(json).forEach((k, v) -> mapping.put(k, ((jakarta.json.JsonNumber) v).intValue()));
        return mapping;
    }

    public static String texts(Map<String, String> texts) {
        JsonObjectBuilder object = JSON.createObjectBuilder();
        texts.forEach(object::add);
        return object.build().toString();
    }

    public static Map<String, String> texts(String json) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (json != null) {
            object(json)
                    .forEach(
                            (k, v) -> {
                                if (v.getValueType() == JsonValue.ValueType.STRING) {
                                    texts.put(k, ((JsonString) v).getString());
                                }
                            });
        }
        return texts;
    }

    private static JsonObject object(String json) {
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
