package org.acd.core.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.temporal.Temporal;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The routing engine and the types it speaks (api, model, view) import no Asterisk-Java, Netty,
 * YAML or Chronicle, and never read a clock: time comes in with events, which is what makes
 * replay and virtual-time simulation exact.
 */
final class EnginePurityTest {

    private static final String[] ENGINE_PACKAGES = {
        "org.acd.core.engine..", "org.acd.core.api..", "org.acd.core.model..", "org.acd.core.view.."};

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.acd.core");

    private static final Set<String> CLOCK_READS = Set.of("currentTimeMillis", "nanoTime", "now", "millis", "instant");

    @Test
    void shouldNotDependOnTelephonyNetworkYamlOrJournalLibraries() {
        noClasses().that().resideInAnyPackage(ENGINE_PACKAGES)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.asteriskjava..", "io.netty..", "com.fasterxml.jackson..", "org.yaml..", "net.openhft..",
                        "com.lmax..")
                .check(CORE);
    }

    @Test
    void shouldNeverReadTheWallClock() {
        noClasses().that().resideInAnyPackage(ENGINE_PACKAGES)
                .should().callMethodWhere(describe("a clock is read", call -> readsClock(call.getTarget())))
                .check(CORE);
    }

    @Test
    void shouldNeverSleepOrStartThreads() {
        noClasses().that().resideInAnyPackage(ENGINE_PACKAGES)
                .should().dependOnClassesThat().belongToAnyOf(Thread.class, java.util.concurrent.Executor.class)
                .check(CORE);
    }

    private static boolean readsClock(AccessTarget target) {
        String owner = target.getOwner().getName();
        boolean clockOwner = owner.equals(System.class.getName()) || owner.equals(Clock.class.getName())
                || target.getOwner().isAssignableTo(Temporal.class);
        return clockOwner && CLOCK_READS.contains(target.getName());
    }
}
