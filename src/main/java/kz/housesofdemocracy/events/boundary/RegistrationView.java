package kz.housesofdemocracy.events.boundary;

import java.io.Serializable;
import kz.housesofdemocracy.events.entity.Registration;
import kz.housesofdemocracy.platform.i18n.LocalizedText;

/** A registration as its person is told about it: place is their place in line (0: a seat). */
public record RegistrationView(long id, String status, int place, LocalizedText eventTitle)
        implements Serializable {

    static RegistrationView of(Registration registration, int place) {
        return new RegistrationView(
                registration.id(),
                registration.status().name(),
                place,
                registration.event().title());
    }
}
