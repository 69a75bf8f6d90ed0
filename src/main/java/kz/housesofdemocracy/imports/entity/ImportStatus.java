package kz.housesofdemocracy.imports.entity;

/** Where an import job is: uploaded, checked by a dry run, applied, or failed as a whole. */
public enum ImportStatus {
    UPLOADED,
    DRY_RUNNING,
    CHECKED,
    APPLYING,
    APPLIED,
    FAILED;

    /** Whether a background pass is working on the job now. */
    public boolean running() {
        return this == DRY_RUNNING || this == APPLYING;
    }
}
