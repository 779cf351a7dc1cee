package io.haven.admin.console;

import io.haven.common.Page;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A lazily loaded table over one boundary list method returning {@link Page}: only the page shown
 * is fetched. PrimeFaces asks for the count before the rows; both come from the same boundary
 * call when the page did not move, so a plain refresh costs one call.
 */
public class PagedList<T> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  /** One page of the list, from {@code first}, at most {@code size} rows. */
  @FunctionalInterface
  public interface Source<T> extends Serializable {
    Page<T> page(int first, int size);
  }

  /** What identifies a row, for PrimeFaces' row keys. */
  @FunctionalInterface
  public interface Key<T> extends Serializable, Function<T, Object> {}

  private final Source<T> source;
  private final Key<T> key;
  private int first;
  private int size;
  private transient Page<T> counted;

  public PagedList(Source<T> source, Key<T> key, int size) {
    this.source = source;
    this.key = key;
    this.size = size;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    counted = source.page(first, size);
    return (int) counted.total();
  }

  @Override
  public List<T> load(int first, int size, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    Page<T> page = counted != null && first == this.first && size == this.size ? counted : source.page(first, size);
    counted = null;
    this.first = first;
    this.size = size;
    setRowCount((int) page.total());
    return page.items();
  }

  @Override
  public String getRowKey(T row) {
    return String.valueOf(key.apply(row));
  }

  /** Only rows of the page on screen: a row key never reaches past what this user was shown. */
  @Override
  public T getRowData(String rowKey) {
    List<T> shown = getWrappedData();
    if (shown == null) {
      return null;
    }
    return shown.stream().filter(row -> getRowKey(row).equals(rowKey)).findFirst().orElse(null);
  }

  /** After the search changed: show its first page, not the page number the old search was on. */
  public void firstPage(String tableClientId) {
    first = 0;
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces.getViewRoot().findComponent(tableClientId) instanceof DataTable table) {
      table.setFirst(0);
    }
  }
}
