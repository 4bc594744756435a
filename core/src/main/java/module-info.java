/**
 * Kaohe core. The public API is {@code io.kaohe}, {@code io.kaohe.model} and {@code io.kaohe.spi}; the packages under
 * {@code io.kaohe.internal} are exported only because the rule packs' DRL, the rules compiled at run time and the
 * {@code kaohe} command line use them: they are not API and change without notice (docs/architecture.md).
 *
 * <p>Open: Drools and Jackson read the facts and records by reflection. {@code uses RulePack}: on the module path an
 * application's {@code requires io.kaohe.core;} is enough, the installed packs are bound as service providers.
 */
open module io.kaohe.core {
    requires org.slf4j;
    requires tools.jackson.core;
    requires tools.jackson.databind;
    requires tools.jackson.dataformat.yaml;
    requires org.snakeyaml.engine;
    requires com.fasterxml.jackson.annotation;
    requires org.kie.api;
    requires org.kie.internal.api;
    requires org.drools.base;
    requires org.drools.core;
    requires org.drools.compiler;
    requires org.drools.kiesession;
    requires org.drools.io;
    requires org.drools.canonicalmodel;
    requires org.drools.modelcompiler;
    requires org.drools.model.codegen;
    // not named in code, needed at run time: the classic compiler (edited DRL) and kmodule.xml
    requires org.drools.mvel;
    requires org.drools.xml.support;

    exports io.kaohe;
    exports io.kaohe.model;
    exports io.kaohe.spi;

    exports io.kaohe.internal.coverage;
    exports io.kaohe.internal.diff;
    exports io.kaohe.internal.engine;
    exports io.kaohe.internal.i18n;
    exports io.kaohe.internal.json;
    exports io.kaohe.internal.pack;
    exports io.kaohe.internal.params;
    exports io.kaohe.internal.privacy;
    exports io.kaohe.internal.rules;
    exports io.kaohe.internal.scenario;
    exports io.kaohe.internal.stream;
    exports io.kaohe.internal.validate;
    exports io.kaohe.internal.yaml;

    uses io.kaohe.spi.RulePack;
    uses io.kaohe.Kaohe.Backend;
    provides io.kaohe.Kaohe.Backend with io.kaohe.internal.engine.Packs.Provider;
}
