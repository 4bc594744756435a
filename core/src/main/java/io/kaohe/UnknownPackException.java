package io.kaohe;

import java.util.List;

/** No installed pack has this name. The message lists the installed ones. */
public class UnknownPackException extends KaoheException {
    public UnknownPackException(String name, List<String> installed) {
        super("unknown pack '" + name + "'; installed packs: " + (installed.isEmpty()
                ? "none (add a pack such as io.kaohe:kaohe-rules-shandong as a dependency)" : String.join(", ", installed)));
    }
}
