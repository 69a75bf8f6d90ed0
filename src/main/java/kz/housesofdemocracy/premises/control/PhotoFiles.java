package kz.housesofdemocracy.premises.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Deletes a removed photo's file once the removal has committed. */
@ApplicationScoped
public class PhotoFiles {

    /** A photo whose file goes once its row is gone for good. */
    public record Removed(String storageKey) {}

    @Inject private PhotoStore store;

    void removed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Removed removed) {
        store.delete(removed.storageKey());
    }
}
