package kz.housesofdemocracy.platform.i18n;

import java.io.Serializable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A text typed in up to three languages, as forms and JSON carry it ({"kk": …, "ru": …, "en": …}).
 */
public class TextsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String kk;
    private String ru;
    private String en;

    public TextsForm() {}

    public TextsForm(String kk, String ru, String en) {
        this.kk = kk;
        this.ru = ru;
        this.en = en;
    }

    public static TextsForm of(LocalizedText text) {
        return text == null
                ? new TextsForm()
                : new TextsForm(
                        text.exactly(Language.KK),
                        text.exactly(Language.RU),
                        text.exactly(Language.EN));
    }

    @Schema(hidden = true)
    public boolean isEmpty() {
        return blank(kk) && blank(ru) && blank(en);
    }

    public LocalizedText toText() {
        return isEmpty() ? null : new LocalizedText(kk, ru, en);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String getKk() {
        return kk;
    }

    public void setKk(String kk) {
        this.kk = kk;
    }

    public String getRu() {
        return ru;
    }

    public void setRu(String ru) {
        this.ru = ru;
    }

    public String getEn() {
        return en;
    }

    public void setEn(String en) {
        this.en = en;
    }
}
