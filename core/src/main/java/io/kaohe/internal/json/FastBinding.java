package io.kaohe.internal.json;

import tools.jackson.databind.module.SimpleModule;

/**
 * What makes binding a dossier cost little more than reading it into a tree (issue 17), without changing what is
 * bound or how an error reads: records built through a handle made once ({@link SpreadCreators}), and enum names
 * matched in the parser's buffer ({@link EnumNames}). Dates: {@link KaoheJson}'s {@code IsoDate}.
 */
final class FastBinding extends SimpleModule {
    FastBinding() { super("kaohe-fast-binding"); }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.addValueInstantiators(new SpreadCreators());
        context.addDeserializerModifier(new EnumNames.Modifier());
    }
}
