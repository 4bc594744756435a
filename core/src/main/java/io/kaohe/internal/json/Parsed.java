package io.kaohe.internal.json;

import io.kaohe.model.Reject;

/** One input line read: either a record or a reject, never both, never neither. */
public record Parsed<T>(long line, T value, Reject reject) {
    public boolean ok() { return reject == null; }
}
