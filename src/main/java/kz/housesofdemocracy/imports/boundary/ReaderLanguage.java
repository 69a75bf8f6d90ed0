package kz.housesofdemocracy.imports.boundary;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import kz.housesofdemocracy.platform.i18n.Language;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The language of the texts an import's answer carries (rows' reasons and summaries, the refused
 * rows' reason column): {@code lang}, else the Accept-Language header, else Kazakh. A {@code
 * BeanParam}, so each operation that writes texts declares the two the same way.
 */
public class ReaderLanguage {

    @Parameter(
            description = "The language of the texts: kk, ru or en.",
            schema =
                    @Schema(
                            type = SchemaType.STRING,
                            enumeration = {"kk", "ru", "en"}))
    @QueryParam("lang")
    private String lang;

    @Parameter(description = "The texts' language when `lang` is absent.", example = "ru")
    @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE)
    private String acceptLanguage;

    Locale locale() {
        return Language.fromTag(lang)
                .orElseGet(() -> Language.fromAcceptLanguage(acceptLanguage))
                .locale();
    }
}
