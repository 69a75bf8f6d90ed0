package kz.housesofdemocracy.imports.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A person's last mapping for a kind of file: field key → header text (JSON), remembered. */
@Entity
@Table(name = "import_mapping")
@IdClass(ImportMapping.Key.class)
public class ImportMapping {

    /** The primary key: account and kind. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long accountId;
        private ImportKind kind;

        public Key() {}

        public Key(long accountId, ImportKind kind) {
            this.accountId = accountId;
            this.kind = kind;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && java.util.Objects.equals(accountId, k.accountId)
                    && kind == k.kind;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(accountId, kind);
        }
    }

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 10)
    private ImportKind kind;

    @Column(name = "mapping", nullable = false, length = 4000)
    private String mapping;

    protected ImportMapping() {}

    public ImportMapping(long accountId, ImportKind kind, String mapping) {
        this.accountId = accountId;
        this.kind = kind;
        this.mapping = mapping;
    }

    public void remember(String mapping) {
        this.mapping = mapping;
    }

    public String mapping() {
        return mapping;
    }
}
