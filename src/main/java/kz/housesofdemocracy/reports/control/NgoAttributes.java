package kz.housesofdemocracy.reports.control;

import java.util.List;
import java.util.Map;
import kz.housesofdemocracy.platform.i18n.LocalizedText;

/**
 * Every NGO with what the report groups money by: region, youth leadership, activity areas (with
 * the areas' names), languages and funding sources.
 */
public record NgoAttributes(
        Map<Long, Ngo> ngos,
        Map<Long, List<String>> areasOf,
        Map<Long, List<String>> languagesOf,
        Map<Long, List<String>> fundingOf,
        Map<String, LocalizedText> areaNames) {

    public record Ngo(LocalizedText name, String region, boolean youthLed) {}
}
