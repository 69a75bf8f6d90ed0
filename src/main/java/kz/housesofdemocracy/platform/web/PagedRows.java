package kz.housesofdemocracy.platform.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A staff list read from the database a page at a time (PrimeFaces' lazy table): the table asks for
 * one page and for the count, the source answers with one query each, sorted and filtered there.
 * The table's own filters are not used: a page's filters are fields of its bean, read by the
 * source.
 *
 * @param <T> a row
 */
public final class PagedRows<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** How many rows the list has with the page's filters: one COUNT. */
    public interface Count extends Serializable {
        long count();
    }

    /**
     * One page, sorted by the column the person chose ({@code field} as the column's {@code field}
     * attribute), or by the list's default when they chose none.
     */
    public interface Page<T> extends Serializable {
        List<T> page(int first, int size, String field, boolean ascending);
    }

    /** A row's key, for selection and row actions. */
    public interface Key<T> extends Serializable {
        Object of(T row);
    }

    private final Count count;
    private final Page<T> page;
    private final Key<T> key;
    private final String defaultField;
    private final boolean defaultAscending;

    /**
     * @param defaultField the order when the person chose none (null: the page decides, and is
     *     asked with a null field)
     */
    public PagedRows(
            Count count, Page<T> page, Key<T> key, String defaultField, boolean defaultAscending) {
        this.count = count;
        this.page = page;
        this.key = key;
        this.defaultField = defaultField;
        this.defaultAscending = defaultAscending;
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return (int) count.count();
    }

    @Override
    public List<T> load(
            int first, int size, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
        SortMeta by = sort.values().stream().findFirst().orElse(null);
        return by == null
                ? page.page(first, size, defaultField, defaultAscending)
                : page.page(first, size, by.getField(), by.getOrder() != SortOrder.DESCENDING);
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.of(row));
    }

    @Override
    public T getRowData(String rowKey) {
        List<T> shown = getWrappedData();
        return shown == null
                ? null
                : shown.stream()
                        .filter(row -> getRowKey(row).equals(rowKey))
                        .findFirst()
                        .orElse(null);
    }
}
