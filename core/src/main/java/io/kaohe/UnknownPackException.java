package io.kaohe;

import java.util.List;

/** No installed pack has this name. The message lists the installed ones. */
public class UnknownPackException extends KaoheException {
    public UnknownPackException(String name, List<String> installed) {
        super(installed.isEmpty() ? "pack.unknown.none" : "pack.unknown", new Object[] {name, String.join(", ", installed)});
    }
}
