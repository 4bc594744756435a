package io.kaohe.internal.validate;

import java.util.List;
import java.util.Map;

import io.kaohe.FieldError;
import io.kaohe.internal.json.PartsReader;
import io.kaohe.model.DossierParts;
import io.kaohe.internal.pack.AbilityCatalog;
import io.kaohe.spi.DossierPart;
import io.kaohe.spi.PartContext;

/** Validates the pack parts of a dossier, each with its own pack's validator, in name order. */
final class Parts {
    private Parts() {}

    static void validate(DossierParts parts, DossierPart.Of of, AbilityCatalog catalog, List<FieldError> out) {
        if (parts.isEmpty()) return;
        Map<String, DossierPart<?>> known = PartsReader.parts(of);
        PartContext context = new PartContext(catalog);
        parts.asMap().forEach((name, value) -> {
            DossierPart<?> part = known.get(name);
            if (part == null) out.add(FieldError.of(name, "validate.part.unknown", name));
            else part.validate(value, context, out);
        });
    }
}
