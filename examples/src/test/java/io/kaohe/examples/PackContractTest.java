package io.kaohe.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import io.kaohe.Kaohe;
import io.kaohe.internal.engine.PackAudit;

/**
 * Every pack the command line ships keeps the same contract (precompiled model, rules = DRL text,
 * every clause cited, implemented by data, or out of scope with a reason, shipped files check clean):
 * a new pack added as a dependency of examples is checked without writing a test for it.
 */
class PackContractTest {
    @TestFactory
    Stream<DynamicTest> everyInstalledPackKeepsTheContract() {
        List<String> packs = Kaohe.packs();
        assertTrue(packs.contains("shandong"), "installed packs: " + packs);
        return packs.stream().map(p -> DynamicTest.dynamicTest(p, () -> assertEquals(List.of(), PackAudit.findings(p))));
    }
}
