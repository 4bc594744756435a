package io.kaohe.spi;

import io.kaohe.internal.pack.AbilityCatalog;

/** What a part's validator may consult: the catalog of the pack assessing the dossier. */
public record PartContext(AbilityCatalog catalog) {}
