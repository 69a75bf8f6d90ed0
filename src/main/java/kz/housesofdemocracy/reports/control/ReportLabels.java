package kz.housesofdemocracy.reports.control;

import kz.housesofdemocracy.platform.i18n.LocalizedText;
import kz.housesofdemocracy.platform.i18n.Messages;

/** Names the report gives from the bundles (the nation, youth-led, a language…). */
final class ReportLabels {

    private ReportLabels() {}

    static LocalizedText label(String key) {
        return LocalizedText.of(locale -> Messages.get(locale, key));
    }
}
