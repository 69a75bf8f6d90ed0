package kz.housesofdemocracy.reports.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.reports.control.OccupancyReport.Money;

/**
 * Money and use by NGO (largest subsidy first) and by the NGOs' attributes: activity area, region,
 * language, youth leadership and funding source, each group sorted by its key. An NGO with several
 * areas (languages, sources) counts in each.
 */
public record NgoBreakdown(
        List<Money> byNgo,
        List<Money> byArea,
        List<Money> byRegion,
        List<Money> byLanguage,
        List<Money> byYouth,
        List<Money> byFunding) {

    public static NgoBreakdown of(
            Map<Long, NgoMoney> moneyByNgo,
            NgoAttributes attributes,
            Map<String, LocalizedText> regions) {
        List<Money> byNgo = new ArrayList<>();
        Groups byArea = new Groups();
        Groups byRegion = new Groups();
        Groups byLanguage = new Groups();
        Groups byYouth = new Groups();
        Groups byFunding = new Groups();
        for (Map.Entry<Long, NgoMoney> entry : moneyByNgo.entrySet()) {
            long id = entry.getKey();
            NgoMoney money = entry.getValue();
            NgoAttributes.Ngo ngo = attributes.ngos().get(id);
            byNgo.add(
                    new Money(
                            "ngo-" + id,
                            ngo.name(),
                            1,
                            money.minutes(),
                            money.market(),
                            money.payments(),
                            money.subsidy()));
            String region = ngo.region();
            byRegion.add(region, () -> regions.getOrDefault(region, sameInAll(region)), money);
            boolean youth = ngo.youthLed();
            byYouth.add(
                    youth ? "youth-led" : "not-youth-led",
                    () -> ReportLabels.label(youth ? "report.youthLed" : "report.notYouthLed"),
                    money);
            for (String area : attributes.areasOf().getOrDefault(id, List.of())) {
                byArea.add(
                        area,
                        () -> attributes.areaNames().getOrDefault(area, sameInAll(area)),
                        money);
            }
            for (String language : attributes.languagesOf().getOrDefault(id, List.of())) {
                byLanguage.add(
                        language, () -> ReportLabels.label("ngo.language." + language), money);
            }
            for (String source : attributes.fundingOf().getOrDefault(id, List.of())) {
                byFunding.add(source, () -> ReportLabels.label("ngo.funding." + source), money);
            }
        }
        byNgo.sort((a, b) -> b.subsidy().compareTo(a.subsidy()));
        return new NgoBreakdown(
                byNgo,
                byArea.money(),
                byRegion.money(),
                byLanguage.money(),
                byYouth.money(),
                byFunding.money());
    }

    private static LocalizedText sameInAll(String text) {
        return new LocalizedText(text, text, text);
    }

    /**
     * Groups by key, in key order, each summing its NGOs' minutes and money. A group's label is
     * looked up once, when the group begins (the bundles were read three times for every NGO).
     */
    private static final class Groups {
        private final Map<String, Group> groups = new TreeMap<>();

        void add(String key, Supplier<LocalizedText> label, NgoMoney money) {
            Group g = groups.computeIfAbsent(key, k -> new Group(label.get()));
            g.ngos++;
            g.minutes += money.minutes();
            g.market = g.market.add(money.market());
            g.payments = g.payments.add(money.payments());
            g.subsidy = g.subsidy.add(money.subsidy());
        }

        List<Money> money() {
            List<Money> list = new ArrayList<>();
            groups.forEach(
                    (k, g) ->
                            list.add(
                                    new Money(
                                            k,
                                            g.label,
                                            g.ngos,
                                            g.minutes,
                                            g.market,
                                            g.payments,
                                            g.subsidy)));
            return list;
        }
    }

    private static final class Group {
        final LocalizedText label;
        long ngos;
        long minutes;
        BigDecimal market = BigDecimal.ZERO;
        BigDecimal payments = BigDecimal.ZERO;
        BigDecimal subsidy = BigDecimal.ZERO;

        Group(LocalizedText label) {
            this.label = label;
        }
    }
}
