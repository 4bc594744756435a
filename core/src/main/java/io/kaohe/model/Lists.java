package io.kaohe.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Lists of input records. An input list may hold {@code null} ({@code "records": [null]}): it is kept, so
 * that validation names the element ({@code records[0]: must not be null}) instead of the record failing
 * to be built at all ({@link List#copyOf} throws on null).
 */
final class Lists {
    private Lists() {}

    /** An unmodifiable copy, nulls kept; empty for null. */
    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
